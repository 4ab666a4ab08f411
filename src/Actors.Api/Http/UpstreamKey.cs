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

    /// <summary>Whether the request carries the configured key (compared in constant time).</summary>
    public static bool Presented(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()[ConfigurationKey];
        var presented = http.Request.Headers[Header].ToString();
        return !string.IsNullOrEmpty(configured) && !string.IsNullOrEmpty(presented)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(configured), Encoding.UTF8.GetBytes(presented));
    }
}
