using System.Security.Claims;
using Actors.Contracts.Managers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Actors.Api.Http;

/// <summary>
/// Staff sign in with a cookie (bg.auth: HttpOnly, SameSite=Strict). Every endpoint requires a signed-in user unless it
/// says otherwise; the API answers 401/403 as ProblemDetails, never with a redirect to a login page.
/// </summary>
public static class StaffSignIn
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CookieName = "bg.auth";

    /// <summary>The Micro-Finance / management department: keeps the staff register and may open the Orleans dashboard.</summary>
    public const string ManagementPolicy = "ManagementDepartment";

    public static IServiceCollection AddStaffSignIn(this IServiceCollection services)
    {
        services.AddOptions<StaffSessionOptions>().BindConfiguration(StaffSessionOptions.Section);
        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            ApiCookies.Configure(o, CookieName, StaffSessionOptions.DefaultIdleTimeout);
            o.Events.OnValidatePrincipal = c => c.HttpContext.RequestServices.GetRequiredService<StaffSessions>().ValidateAsync(c);
            var answer401 = o.Events.OnRedirectToLogin;
            o.Events.OnRedirectToLogin = async c =>
            {
                await c.HttpContext.RequestServices.GetRequiredService<StaffSessions>().ChallengedAsync(c);
                await answer401(c);
            };
        });
        // Renewed as used: the cookie lives as long as the idle timeout since the last request (the absolute lifetime is checked apart).
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<StaffSessionOptions>>((o, sessions) => o.ExpireTimeSpan = sessions.Value.IdleTimeout)
            .Configure<IServiceProvider>((o, sp) => o.TimeProvider = sp.GetRequiredKeyedService<TimeProvider>(StaffSessions.ClockKey));
        services.TryAddSingleton<StaffSessions>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build())
            .AddPolicy(ManagementPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireRole(nameof(StaffRole.ManagementDepartment)));
        // One application name for every silo, so that a cookie issued by one is read by the others (the host puts the
        // key ring where they all find it).
        services.AddDataProtection().SetApplicationName("BranchGrid");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(StaffSessions.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.TryAddSingleton<InstitutionScope>();
        services.TryAddSingleton<RoomWatchers>();
        return services;
    }

    /// <summary>
    /// The identity the cookie carries, read back by <see cref="StaffClaimsExtensions.Staff"/>: who, their roles at sign-in,
    /// the session stamp it was issued under and when they signed in.
    /// </summary>
    public static ClaimsPrincipal Principal(ManagerSnapshot staff, string stamp, DateTimeOffset signedInAt)
    {
        List<Claim> claims =
        [
            new(StaffClaims.Stamp, stamp),
            new(StaffClaims.SignedInAt, signedInAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(StaffClaims.StaffId, staff.ManagerId),
            new(StaffClaims.Institution, staff.InstitutionId),
            new(StaffClaims.Name, staff.Name),
            .. staff.Roles.Select(r => new Claim(StaffClaims.Role, r.ToString())),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, StaffClaims.Name, StaffClaims.Role));
    }
}
