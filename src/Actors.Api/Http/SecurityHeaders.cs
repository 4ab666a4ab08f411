using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>
/// The headers every answer carries (issue 12): no content sniffing, no referrer sent off-site, never framed by anyone
/// (frame-ancestors and X-Frame-Options for older browsers), and API answers never stored by a browser or proxy. The
/// Server header is switched off in Kestrel.
/// </summary>
public static class SecurityHeaders
{
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
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            }
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(http);
    });
}
