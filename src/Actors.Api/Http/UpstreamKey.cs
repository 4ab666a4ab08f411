using System.Security.Cryptography;
using System.Text;
using Actors.Contracts.Managers;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Http;

/// <summary>
/// The core banking system posts transactions with a shared key (header X-Upstream-Key = configuration
/// "Grid:Upstream:Key"; no default, so without configuration only signed-in staff can post).
/// </summary>
public static class UpstreamKey
{
    public const string Header = "X-Upstream-Key";
    public const string ConfigurationKey = "Grid:Upstream:Key";

    /// <summary>A key shorter than this stops the silo at start: a shared secret must not be guessable.</summary>
    public const int MinLength = 32;

    /// <summary>
    /// Whether the request carries the configured key. Compared as SHA-256 digests in constant time, so neither the
    /// comparison's time nor a length check tells how much of a guess was right, or how long the key is.
    /// </summary>
    public static bool Presented(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()[ConfigurationKey];
        var presented = http.Request.Headers[Header].ToString();
        return !string.IsNullOrEmpty(configured) && !string.IsNullOrEmpty(presented)
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(configured)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
    }

    /// <summary>Stops the start when a key is configured and shorter than <see cref="MinLength"/> characters.</summary>
    public static IServiceCollection AddUpstreamKeyCheck(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 and < MinLength } key)
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} is {key.Length} characters long: the core banking system's key must have at least {MinLength} (a random one: openssl rand -hex 32).");
        }
        return services;
    }
}
