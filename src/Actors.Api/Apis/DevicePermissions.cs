using Actors.Api.Http;
using Actors.Contracts.Devices;
using Actors.Contracts.Managers;

namespace Actors.Api.Apis;

/// <summary>
/// Who registers and revokes which device (brief §4, §5): a branch's lobby manager its lobby's kiosk and calling display;
/// a room's team lead, head or management department its TV board. The same roles revoke them.
/// </summary>
internal static class DevicePermissions
{
    public static bool MayManage(SignedInStaff staff, DeviceScreen screen) => screen switch
    {
        DeviceScreen.Kiosk or DeviceScreen.CallingDisplay => staff.Has(StaffRole.LobbyManager),
        DeviceScreen.Board => staff.Has(StaffRole.TeamLead) || staff.Has(StaffRole.InstitutionHead) || staff.Has(StaffRole.ManagementDepartment),
        _ => false,
    };

    public static string RolesFor(DeviceScreen screen) => screen == DeviceScreen.Board
        ? "a team lead, institution head or the management department who watches the room"
        : "the branch's lobby manager";

    public static string RolesForZh(DeviceScreen screen) => screen == DeviceScreen.Board
        ? "查看该催收室看板的团队长、机构负责人或管理部门"
        : "该分行的大堂经理";

    /// <summary>The scope a screen belongs to: a lobby device a branch (an institution the caller covers), a board a room the caller watches.</summary>
    public static async Task<bool> InScope(SignedInStaff staff, DeviceScreen screen, string scopeId, InstitutionScope scope, RoomWatchers watchers) =>
        screen == DeviceScreen.Board ? await watchers.MayWatch(staff, scopeId) : await scope.Covers(staff, scopeId);
}
