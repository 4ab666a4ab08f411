namespace Actors.Domain.Institutions;

/// <summary>The three levels of the bank's tree (brief §1): head office (总行) → branch (分行) → sub-branch (支行).</summary>
public enum TreeLevel { HeadOffice, Branch, SubBranch }

/// <summary>
/// Where an institution may sit in the bank's tree. The tree is sound: exactly one head office, at the root; a branch
/// under the head office, a sub-branch under a branch. What a member of staff sees follows from the position of their
/// institution in this tree (their institution and everything beneath it), never from its kind alone.
/// </summary>
public static class TreePlacement
{
    /// <summary>The level an institution of <paramref name="level"/> hangs under; none for the head office.</summary>
    public static TreeLevel? ParentLevel(TreeLevel level) => level switch
    {
        TreeLevel.Branch => TreeLevel.HeadOffice,
        TreeLevel.SubBranch => TreeLevel.Branch,
        _ => null,
    };

    /// <summary>
    /// Why an institution <paramref name="id"/> of <paramref name="level"/> may not be placed under
    /// <paramref name="parentId"/> (registered at <paramref name="parentLevel"/>, null when not registered), the bank's
    /// head office being <paramref name="headOfficeId"/> (null while there is none); null when it may.
    /// </summary>
    public static Refusal? Placement(string id, TreeLevel level, string? parentId, TreeLevel? parentLevel, string? headOfficeId)
    {
        if (ParentLevel(level) is not { } expected)
        {
            return parentId is not null
                ? Refusal.Invalid("parentId", "a head office has no parent: it is the root of the bank's tree", "总行没有上级机构：它是全行机构树的根")
                : headOfficeId is not null && headOfficeId != id
                    ? Refusal.Conflict($"the bank has one head office, {headOfficeId}", $"全行只有一个总行：{headOfficeId}")
                    : null;
        }
        if (parentId is null)
        {
            return Refusal.Invalid("parentId", $"is required: a {Name(level).En} sits under a {Name(expected).En}", $"必须填写：{Name(level).Zh}隶属于{Name(expected).Zh}");
        }
        if (parentLevel is not { } actual)
        {
            return Refusal.NotRegistered("parentId", Thing.Institution, parentId);
        }
        return actual == expected
            ? null
            : Refusal.Invalid("parentId", $"{parentId} is a {Name(actual).En}: a {Name(level).En} sits under a {Name(expected).En}",
                $"{parentId} 是{Name(actual).Zh}：{Name(level).Zh}隶属于{Name(expected).Zh}");
    }

    public static Words Name(TreeLevel level) => level switch
    {
        TreeLevel.HeadOffice => new("head office", "总行"),
        TreeLevel.Branch => new("branch", "分行"),
        _ => new("sub-branch", "支行"),
    };
}
