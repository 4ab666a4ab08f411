using Actors.Api.Http;
using Actors.Contracts.Managers;

namespace Actors.Api.Apis;

/// <summary>
/// Who may do what in a branch lobby (brief §4). Desks, the kiosk, complaints' recording and prospects are open to any
/// member of staff whose institutions cover the branch (tellers and counter staff are not a role of their own).
/// </summary>
internal static class LobbyPermissions
{
    /// <summary>A complaint is acknowledged, resolved or escalated by its owner, the lobby manager or the institution head.</summary>
    public static bool MaySettleComplaint(SignedInStaff staff, string owner) =>
        staff.StaffId == owner || staff.Has(StaffRole.LobbyManager) || staff.Has(StaffRole.InstitutionHead);

    public const string PremiumRoles = "lobby manager or institution head";
    public const string FloorRoles = PremiumRoles;
    public const string SettleRoles = "the complaint's owner, the lobby manager or the institution head";
}
