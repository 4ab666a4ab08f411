using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Actors.Api.Http;

/// <summary>How large a request body may be (Grid:Requests); a route that takes files says its own limit (<see cref="RequestLimits.WithBodyLimit"/>).</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Grid:Requests";

    /// <summary>Bytes; 4 MiB by default, room for a batch of 1,000 transactions several times over.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;
}

/// <summary>
/// An oversize body answers 413 ProblemDetails on every route, before anything is read or changed: a declared length
/// over the limit is refused at once (a route that never reads its body would otherwise act on the request), and a
/// body sent in chunks is stopped by Kestrel where it passes the limit (<see cref="BadRequests"/> writes the 413).
/// </summary>
public static class RequestLimits
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitsOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes);
        return services;
    }

    /// <summary>This route takes bodies up to <paramref name="bytes"/> (<see cref="UseRequestLimits"/> applies it to the request).</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));

    /// <summary>After routing, so that the route's own limit is the one checked.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false } && http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } route)
        {
            limit.MaxRequestBodySize = route.MaxRequestBodySize;
        }
        if (http.Request.ContentLength is { } length && limit?.MaxRequestBodySize is { } max && length > max)
        {
            await TooLarge(http, max);
            return;
        }
        await next(http);
    });

    public static Task TooLarge(HttpContext http, long max)
    {
        var language = UserLanguage.Of(http);
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        http.Response.Headers.ContentLanguage = language;
        var detail = new Words($"The body is larger than the {max.ToString(CultureInfo.InvariantCulture)} bytes this route accepts.",
            $"请求内容超过此接口允许的 {max.ToString(CultureInfo.InvariantCulture)} 字节。");
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = ProblemTitles.Of(StatusCodes.Status413PayloadTooLarge).In(language),
            Detail = detail.In(language),
        }).ExecuteAsync(http);
    }

    private sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
