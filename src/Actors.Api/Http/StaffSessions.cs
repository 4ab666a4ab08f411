using System.Globalization;
using System.Security.Claims;
using Actors.Contracts.Staff;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Actors.Api.Http;

/// <summary>How long a session lasts (Grid:Sessions): ended after <see cref="IdleTimeout"/> without a request, and <see cref="AbsoluteLifetime"/> after sign-in whatever happens.</summary>
public sealed class StaffSessionOptions
{
    public const string Section = "Grid:Sessions";
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(30);

    public TimeSpan IdleTimeout { get; set; } = DefaultIdleTimeout;

    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);
}

/// <summary>Why a member of staff's sessions were ended by someone or something other than their own sign-out: the audit's detail.</summary>
public static class SessionEndReason
{
    public const string Disabled = "disabled";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string RolesChanged = "roles-changed";
    public const string SignOutEverywhere = "sign-out-everywhere";
    public const string IdleTimeout = "idle-timeout";
    public const string AbsoluteLifetime = "absolute-lifetime";
}

/// <summary>
/// Sessions are server-side facts: every request's cookie is checked against the member of staff's session stamp in
/// their credential grain (one grain per person, so every silo asks the same activation and sees a change at once).
/// Signing out, a new password, a role change or disabling the account changes the stamp, and every cookie issued
/// before is refused from its next request on, on every silo. A cookie older than the absolute lifetime is refused too.
/// </summary>
public sealed class StaffSessions(IGrainFactory grains, IOptions<StaffSessionOptions> options, [FromKeyedServices(StaffSessions.ClockKey)] TimeProvider time)
{
    /// <summary>The clock sessions expire by (real time; never the business clock, which a demo may accelerate).</summary>
    public const string ClockKey = "sessions";

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        var id = user?.FindFirstValue(StaffClaims.StaffId);
        var stamp = user?.FindFirstValue(StaffClaims.Stamp);
        var expired = !long.TryParse(user?.FindFirstValue(StaffClaims.SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var since)
            || time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(since) >= options.Value.AbsoluteLifetime;
        if (id is null || stamp is null || expired || stamp != await grains.GetGrain<IStaffCredentialGrain>(id).SessionStamp())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(StaffSignIn.Scheme);
            if (id is not null && expired)
            {
                await Expired(context.HttpContext, id, user?.FindFirstValue(StaffClaims.Institution), SessionEndReason.AbsoluteLifetime, options.Value.AbsoluteLifetime);
            }
        }
    }

    /// <summary>
    /// A 401 for a cookie the handler found past its idle timeout (it never reaches <see cref="ValidateAsync"/>): the
    /// audit says whose session ended and why, and the cookie is removed so that it is recorded once.
    /// </summary>
    public async Task ChallengedAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var o = context.Options;
        var cookie = o.CookieManager.GetRequestCookie(context.HttpContext, o.Cookie.Name!);
        if (cookie is null || o.TicketDataFormat.Unprotect(cookie, null) is not { } ticket
            || ticket.Properties.ExpiresUtc is not { } expires || expires > time.GetUtcNow()
            || ticket.Principal.FindFirstValue(StaffClaims.StaffId) is not { } id)
        {
            return;
        }
        o.CookieManager.DeleteCookie(context.HttpContext, o.Cookie.Name!, o.Cookie.Build(context.HttpContext));
        await Expired(context.HttpContext, id, ticket.Principal.FindFirstValue(StaffClaims.Institution), SessionEndReason.IdleTimeout, options.Value.IdleTimeout);
    }

    private static Task Expired(HttpContext http, string id, string? institution, string reason, TimeSpan limit) =>
        http.AuditAsync(AuditActions.SessionExpired, $"staff/{id}", $"{reason}: {limit:c}", actor: id, actorInstitutionId: institution);

    /// <summary>
    /// Records that every open session of <paramref name="staffId"/> was ended for <paramref name="reason"/> (session.revoked;
    /// who ended them is the caller): call it once the credential grain has changed the stamp.
    /// </summary>
    public static Task RevokedAsync(HttpContext http, string staffId, string reason, string? institutionId) =>
        http.AuditAsync(AuditActions.SessionsRevoked, $"staff/{staffId}", reason, institutionId: institutionId);
}
