using Actors.Contracts.Managers;
using Actors.Domain;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>Who calls a route: nobody signed in, a member of staff, a registered device, or the core banking system by its key.</summary>
public enum Caller { Anonymous, Staff, Device, StaffOrDevice, UpstreamOrStaff }

/// <summary>
/// One row of the <see cref="RoleMatrix"/>: who may call a route and, for staff, which roles (none listed: any member of
/// staff). Finer rules (whose client, whose step, which institution) stay with the route; this is the door.
/// </summary>
public sealed record RouteAccess(Caller Caller, IReadOnlyList<StaffRole> Roles, string? Note = null)
{
    public const string Rule = "role-matrix";

    public static RouteAccess Anonymous { get; } = new(Caller.Anonymous, []);

    public static RouteAccess AnyStaff(string? note = null) => new(Caller.Staff, [], note);

    public static RouteAccess Staff(params StaffRole[] roles) => new(Caller.Staff, roles);

    public static RouteAccess Device { get; } = new(Caller.Device, []);

    public static RouteAccess StaffOrDevice { get; } = new(Caller.StaffOrDevice, []);

    public static RouteAccess UpstreamOr(params StaffRole[] roles) => new(Caller.UpstreamOrStaff, roles);

    public RouteAccess Because(string note) => this with { Note = note };

    /// <summary>Whether a member of staff with these roles passes the door.</summary>
    public bool Admits(SignedInStaff staff) => Caller is Caller.Staff or Caller.UpstreamOrStaff or Caller.StaffOrDevice
        && (Roles.Count == 0 || Roles.Any(staff.Has));

    /// <summary>The refusal of a request at this door, or null to let it through (to the route's own rules).</summary>
    public async Task<IResult?> Check(HttpContext http)
    {
        switch (Caller)
        {
            case Caller.Anonymous or Caller.Device or Caller.StaffOrDevice:
                // The authentication policies answered already: nobody, or the device scheme, is all these routes need.
                return null;
            case Caller.UpstreamOrStaff when UpstreamKey.Presented(http):
                return null;
            case Caller.UpstreamOrStaff when http.Request.Headers.ContainsKey(UpstreamKey.Header):
                // A key was offered and it is not the key: someone is trying.
                await http.AuditAsync(AuditActions.UpstreamKeyRefused, $"{http.Request.Method} {http.Request.Path}", actor: http.Staff()?.StaffId ?? "upstream");
                break;
        }
        if (http.Staff() is not { } staff)
        {
            return StaffProblems.NotSignedIn();
        }
        return Admits(staff) ? null : new Refused(Refusal.ForbiddenBy(Rule,
            $"this is for {Describe(Roles, "en")}{(Caller == Caller.UpstreamOrStaff ? $" (or the core banking system's {UpstreamKey.Header})" : "")}",
            $"此操作仅限{Describe(Roles, "zh")}{(Caller == Caller.UpstreamOrStaff ? $"（或核心系统 {UpstreamKey.Header}）" : "")}"));
    }

    /// <summary>"team lead or institution head" / "团队长或机构负责人".</summary>
    public static string Describe(IReadOnlyList<StaffRole> roles, string language)
    {
        var names = roles.Select(r => RoleNames.Of(r).In(language)).ToList();
        return language.StartsWith("zh", StringComparison.Ordinal)
            ? string.Join("、", names[..^1]) + (names.Count > 1 ? "或" : "") + names[^1]
            : string.Join(", ", names[..^1]) + (names.Count > 1 ? " or " : "") + names[^1];
    }
}

/// <summary>The roles as the bank names them (brief §1).</summary>
public static class RoleNames
{
    public static Words Of(StaffRole role) => role switch
    {
        StaffRole.ClientManager => new("client manager", "客户经理"),
        StaffRole.TeamLead => new("team lead", "团队长"),
        StaffRole.LobbyManager => new("lobby manager", "大堂经理"),
        StaffRole.Collector => new("collector", "催收专员"),
        StaffRole.RiskOfficer => new("risk officer", "风控专员"),
        StaffRole.InstitutionHead => new("institution head", "机构负责人"),
        _ => new("management department", "管理部门"),
    };
}
