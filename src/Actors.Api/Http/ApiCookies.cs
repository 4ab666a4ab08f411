using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>What the staff and the device cookies share: HttpOnly, SameSite=Strict, renewed as used, and no redirects from an API.</summary>
internal static class ApiCookies
{
    public static void Configure(CookieAuthenticationOptions o, string name, TimeSpan lifetime)
    {
        o.Cookie.Name = name;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        // The grid listens on loopback over plain HTTP; behind TLS the cookie is marked Secure.
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = lifetime;
        o.SlidingExpiration = true;
        // An empty 401/403: UseStatusCodePages then writes it as ProblemDetails.
        o.Events.OnRedirectToLogin = c => Status(c, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = c => Status(c, StatusCodes.Status403Forbidden);
        o.Events.OnRedirectToLogout = c => Status(c, StatusCodes.Status204NoContent);
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
