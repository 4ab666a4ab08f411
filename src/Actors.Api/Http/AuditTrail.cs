using Actors.Domain;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Http;

/// <summary>
/// Writes the security audit from HTTP: who (the signed-in member of staff or device, else the login or name given),
/// from which address, and the institution whose management department reads the entry (default: the actor's).
/// </summary>
public static class AuditTrail
{
    /// <summary>Appends an entry for the caller of <paramref name="http"/>; completes when it is durable.</summary>
    public static Task AuditAsync(this HttpContext http, string action, string? target = null, string? detail = null,
        string? institutionId = null, string? actor = null, string? actorInstitutionId = null)
    {
        var staff = http.Staff();
        var device = staff is null ? http.Device() : null;
        var who = actor ?? staff?.StaffId ?? (device is null ? null : $"device/{device.DeviceId}");
        var home = actorInstitutionId ?? staff?.InstitutionId ?? device?.ScopeId;
        return http.RequestServices.GetRequiredService<IAuditLog>().AppendAsync(
            new AuditEntry(action, who, home, AddressOf(http), target, institutionId ?? home, detail));
    }

    public static string? AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    /// <summary>
    /// Every 403 the grid answers is recorded (who, what, from where, and the rule that refused, when one did), before the
    /// answer leaves: a reader who sees the 403 finds its entry.
    /// </summary>
    public static IApplicationBuilder UseDeniedRequestsAudit(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() => http.Response.StatusCode == StatusCodes.Status403Forbidden
            ? http.AuditAsync(AuditActions.RequestDenied, $"{http.Request.Method} {http.Request.Path}",
                http.Items.TryGetValue(typeof(Refusal), out var refusal) && refusal is Refusal r ? r.Detail.En : null)
            : Task.CompletedTask);
        return next(http);
    });
}
