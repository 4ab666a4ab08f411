using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Actors.Domain.Collections;

namespace Actors.Api.Http;

/// <summary>
/// The door of each collections room's wall board, for the API and the screens hub alike: the room's own collectors,
/// team leads, heads and management department, and heads and management above it (<see cref="RoomWatch"/>). A branch
/// room is keyed by the branch's institution id; its staff sit at the branch or at its sub-branches. The central room
/// is head office's.
/// </summary>
public sealed class RoomWatchers(InstitutionScope scope)
{
    public async Task<bool> MayWatch(SignedInStaff staff, string roomId) => RoomWatch.MayWatch(new(
        await StandingOf(staff, roomId),
        staff.Has(StaffRole.Collector), staff.Has(StaffRole.TeamLead), staff.Has(StaffRole.InstitutionHead), staff.Has(StaffRole.ManagementDepartment)));

    /// <summary>Whether the room exists and the staff member can see it at all (its staff, or above it): else it is "not found" to them.</summary>
    public async Task<bool> Sees(SignedInStaff staff, string roomId) => await StandingOf(staff, roomId) != RoomStanding.Outside;

    /// <summary>
    /// The rooms whose boards the staff member watches, their own first: a collector's branch room; head office's staff
    /// the central room, and (heads and management) every branch room beneath.
    /// </summary>
    public async Task<IReadOnlyList<string>> RoomsOf(SignedInStaff staff, IEnumerable<string> branchRooms)
    {
        var own = await scope.CoversEverything(staff) ? ScreenStreams.CentralRoom : await scope.BranchRoomOf(staff.InstitutionId);
        var rooms = new List<string>();
        foreach (var room in (own is null ? branchRooms : branchRooms.Prepend(own)).Distinct(StringComparer.Ordinal))
        {
            if (await MayWatch(staff, room))
            {
                rooms.Add(room);
            }
        }
        return rooms;
    }

    private async Task<RoomStanding> StandingOf(SignedInStaff staff, string roomId)
    {
        var headOffice = await scope.CoversEverything(staff);
        if (roomId == ScreenStreams.CentralRoom)
        {
            return headOffice ? RoomStanding.InRoom : RoomStanding.Outside;
        }
        if (await scope.BranchRoomOf(roomId) != roomId)
        {
            // Not a room: unknown, or a sub-branch (whose loans are worked in its branch's room).
            return RoomStanding.Outside;
        }
        if (await scope.BranchRoomOf(staff.InstitutionId) == roomId)
        {
            return RoomStanding.InRoom;
        }
        return await scope.Covers(staff, roomId) ? RoomStanding.Above : RoomStanding.Outside;
    }
}
