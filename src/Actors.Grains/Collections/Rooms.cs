using Actors.Contracts.Institutions;
using Actors.Contracts.Screens;
using Actors.Domain.Collections;
using Actors.Domain.Loans;

namespace Actors.Grains.Collections;

/// <summary>Room ids: a branch room is keyed by the branch's institution id, the central room by <see cref="ScreenStreams.CentralRoom"/>.</summary>
internal static class Rooms
{
    public static string IdOf(RoomKind kind, string branchRoomId) => kind == RoomKind.Central ? ScreenStreams.CentralRoom : branchRoomId;

    public static string? IdOf(RoomKind? kind, string branchRoomId) => kind is { } k ? IdOf(k, branchRoomId) : null;

    /// <summary>
    /// A sub-branch's loans are worked in its parent branch's room; a branch's own loans in its own room. An institution
    /// without a parent (a head office, or a sub-branch registered on its own) is its own room.
    /// </summary>
    public static string BranchRoomOf(InstitutionNode institution) =>
        RoomWatch.OwnBranchRoom(institution.InstitutionId, institution.Kind == InstitutionKind.SubBranch, institution.ParentId);

    public static IReadOnlyList<LoanStage> StagesOf(string roomId) =>
        CollectionsRooms.StagesOf(roomId == ScreenStreams.CentralRoom ? RoomKind.Central : RoomKind.Branch);
}
