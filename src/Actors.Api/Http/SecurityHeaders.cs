using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>
/// The headers every answer carries (issue 12): a content security policy that lets a page run only the grid's own
/// scripts and styles (no inline script or style, no plug-ins, never framed), no content sniffing, no referrer sent
/// off-site, X-Frame-Options for older browsers, and API answers never stored by a browser or proxy. The Server header
/// is switched off in Kestrel.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The screens' policy. Their styles are files; a style a screen computes is set through the CSSOM (element.style),
    /// which a policy without 'unsafe-inline' allows. 'self' covers the hub's WebSocket on the same host.
    /// </summary>
    public const string ScreensPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>For pages that are not ours to rewrite (Orleans' operator dashboard): never framed, nothing more.</summary>
    public const string FramingOnlyPolicy = "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = http.GetEndpoint()?.Metadata.GetMetadata<FramingOnly>() is null ? ScreensPolicy : FramingOnlyPolicy;
            }
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(http);
    });

    /// <summary>These endpoints' pages carry <see cref="FramingOnlyPolicy"/> instead of <see cref="ScreensPolicy"/>.</summary>
    public static TBuilder WithFramingOnlyPolicy<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new FramingOnly());

    private sealed class FramingOnly;
}
