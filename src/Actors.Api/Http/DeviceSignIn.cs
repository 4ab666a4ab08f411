using System.Collections.Concurrent;
using System.Security.Claims;
using Actors.Contracts.Devices;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Actors.Api.Http;

/// <summary>A registered device: its id (the handle of its server-side record), its one screen and the branch or room it serves.</summary>
public sealed record SignedInDevice(string DeviceId, DeviceScreen Screen, string ScopeId, string Name)
{
    /// <summary>Whether the device is this screen of this scope: the only thing a device credential is ever good for.</summary>
    public bool Is(DeviceScreen screen, string scopeId) => Screen == screen && string.Equals(ScopeId, scopeId, StringComparison.Ordinal);
}

/// <summary>
/// Device credentials: a cookie (bg.device: HttpOnly, SameSite=Strict, persistent for a year and renewed while used) of
/// its own scheme, so that no staff endpoint accepts it: the fallback policy asks for the staff scheme only. Routes a
/// device may call say so with <see cref="StaffOrDevicePolicy"/> or <see cref="DevicePolicy"/> and check the device's
/// screen and scope themselves. The cookie carries the device id; every request checks it against the device register
/// (remembered for <see cref="DeviceSessions.Fresh"/>), so a revoked device is refused at once on the silo that revoked it
/// and within that time on the others. See docs/devices.md.
/// </summary>
public static class DeviceSignIn
{
    public const string Scheme = "Device";
    public const string CookieName = "bg.device";
    public const string StaffOrDevicePolicy = "StaffOrDevice";
    public const string DevicePolicy = "Device";

    public const string DeviceIdClaim = "bg:device";
    public const string ScreenClaim = "bg:device-screen";
    public const string ScopeClaim = "bg:device-scope";

    public static IServiceCollection AddDeviceSignIn(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            // A kiosk runs for months: the credential lasts a year and is renewed as it is used; revocation ends it sooner.
            ApiCookies.Configure(o, CookieName, TimeSpan.FromDays(365));
            o.Events.OnValidatePrincipal = c => c.HttpContext.RequestServices.GetRequiredService<DeviceSessions>().ValidateAsync(c);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffOrDevicePolicy, p => p.AddAuthenticationSchemes(StaffSignIn.Scheme, Scheme).RequireAuthenticatedUser())
            .AddPolicy(DevicePolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(DeviceIdClaim));
        services.TryAddSingleton<DeviceSessions>();
        return services;
    }

    public static ClaimsPrincipal Principal(DeviceView device) => new(new ClaimsIdentity(
        [
            new Claim(DeviceIdClaim, device.DeviceId),
            new Claim(ScreenClaim, device.Screen.ToString()),
            new Claim(ScopeClaim, device.ScopeId),
            new Claim(ClaimTypes.Name, device.Name),
        ],
        Scheme));

    /// <summary>The device calling, or null (a member of staff, or nobody). Staff claims win when a browser holds both cookies.</summary>
    public static SignedInDevice? Device(this HttpContext context)
    {
        if (context.Staff() is not null)
        {
            return null;
        }
        var user = context.User;
        return user.FindFirstValue(DeviceIdClaim) is { } id && user.FindFirstValue(ScopeClaim) is { } scope
            && Enum.TryParse<DeviceScreen>(user.FindFirstValue(ScreenClaim), out var screen)
            ? new SignedInDevice(id, screen, scope, user.FindFirstValue(ClaimTypes.Name) ?? id)
            : null;
    }
}

/// <summary>
/// The server-side check behind every device cookie: is the device still registered and not revoked? Remembered briefly
/// per device so a kiosk's requests do not each cost a grain call; <see cref="Forget"/> drops it at once on revocation.
/// </summary>
public sealed class DeviceSessions(IGrainFactory grains, TimeProvider time)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (bool Active, DateTimeOffset ReadAt)> _seen = new(StringComparer.Ordinal);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(DeviceSignIn.DeviceIdClaim);
        var scope = context.Principal?.FindFirstValue(DeviceSignIn.ScopeClaim);
        if (id is null || scope is null || !await IsActive(scope, id))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(DeviceSignIn.Scheme);
        }
    }

    public void Forget(string deviceId) => _seen.TryRemove(deviceId, out _);

    private async Task<bool> IsActive(string scopeId, string deviceId)
    {
        var now = time.GetUtcNow();
        if (_seen.TryGetValue(deviceId, out var seen) && now - seen.ReadAt < Fresh)
        {
            return seen.Active;
        }
        var active = await grains.GetGrain<IDeviceRegisterGrain>(scopeId).Get(deviceId) is { Active: true };
        _seen[deviceId] = (active, now);
        return active;
    }
}
