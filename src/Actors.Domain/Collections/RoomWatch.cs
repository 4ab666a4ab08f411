namespace Actors.Domain.Collections;

/// <summary>Where a member of staff stands towards a collections room.</summary>
public enum RoomStanding
{
    /// <summary>Neither in the room nor above it: another branch's staff.</summary>
    Outside,

    /// <summary>Works in the room: at its branch or one of the branch's sub-branches; for the central room, at head office.</summary>
    InRoom,

    /// <summary>At an institution above the room's branch (head office, for a branch room).</summary>
    Above,
}

/// <summary>A member of staff as the room's door sees them: where they stand and the roles that matter to a board.</summary>
public sealed record RoomWatcher(RoomStanding Standing, bool IsCollector, bool IsTeamLead, bool IsInstitutionHead, bool IsManagementDepartment);

/// <summary>
/// Who watches a room's wall board (brief §5: "the collections wall board in the collections room"): the room's own
/// collectors, team leads, institution heads and management department; from above the room, only heads and the
/// management department, who supervise every room beneath them. Everyone else (client managers, lobby managers,
/// risk officers, and every other room's staff) is refused.
/// </summary>
public static class RoomWatch
{
    public static bool MayWatch(RoomWatcher watcher) => watcher.Standing switch
    {
        RoomStanding.InRoom => watcher.IsCollector || watcher.IsTeamLead || watcher.IsInstitutionHead || watcher.IsManagementDepartment,
        RoomStanding.Above => watcher.IsInstitutionHead || watcher.IsManagementDepartment,
        _ => false,
    };

    /// <summary>A member of staff's own room: a sub-branch's staff work in their branch's room; anyone else in their own institution's.</summary>
    public static string OwnBranchRoom(string institutionId, bool isSubBranch, string? parentId) =>
        isSubBranch && parentId is not null ? parentId : institutionId;

    public const string WatchingRoles = "collectors, team leads, institution heads and the management department";
    public const string WatchingRolesZh = "催收员、团队长、机构负责人和管理部门";
}
