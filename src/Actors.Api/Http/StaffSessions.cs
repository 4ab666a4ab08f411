using System.Globalization;
using System.Security.Claims;
using Actors.Contracts.Staff;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
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

/// <summary>
/// Sessions are server-side facts: every request's cookie is checked against the member of staff's session stamp in
/// their credential grain (one grain per person, so every silo asks the same activation and sees a change at once).
/// Signing out, a new password, a role change or disabling the account changes the stamp, and every cookie issued
/// before is refused from its next request on, on every silo. A cookie older than the absolute lifetime is refused too.
/// </summary>
public sealed class StaffSessions(IGrainFactory grains, IOptions<StaffSessionOptions> options, TimeProvider time)
{
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
                await context.HttpContext.AuditAsync(AuditActions.SessionExpired, $"staff/{id}", actor: id,
                    actorInstitutionId: user?.FindFirstValue(StaffClaims.Institution));
            }
        }
    }
}
