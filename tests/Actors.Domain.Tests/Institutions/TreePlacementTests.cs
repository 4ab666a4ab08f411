using Actors.Domain.Institutions;

namespace Actors.Domain.Tests.Institutions;

public sealed class TreePlacementTests
{
    [Theory]
    // The one head office, at the root.
    [InlineData("HO", TreeLevel.HeadOffice, null, null, null, null)]
    [InlineData("HO", TreeLevel.HeadOffice, null, null, "HO", null)]
    [InlineData("HO2", TreeLevel.HeadOffice, null, null, "HO", "Conflict: the bank has one head office, HO")]
    // The escalation of issue 12: a "head office" under a branch.
    [InlineData("HO2", TreeLevel.HeadOffice, "BR-SZ", TreeLevel.Branch, "HO", "Invalid parentId: a head office has no parent: it is the root of the bank's tree")]
    // Kind and parent agree.
    [InlineData("BR", TreeLevel.Branch, "HO", TreeLevel.HeadOffice, "HO", null)]
    [InlineData("BR", TreeLevel.Branch, "BR-SZ", TreeLevel.Branch, "HO", "Invalid parentId: BR-SZ is a branch: a branch sits under a head office")]
    [InlineData("SB", TreeLevel.SubBranch, "BR-SZ", TreeLevel.Branch, "HO", null)]
    [InlineData("SB", TreeLevel.SubBranch, "HO", TreeLevel.HeadOffice, "HO", "Invalid parentId: HO is a head office: a sub-branch sits under a branch")]
    [InlineData("SB", TreeLevel.SubBranch, "SB-FT", TreeLevel.SubBranch, "HO", "Invalid parentId: SB-FT is a sub-branch: a sub-branch sits under a branch")]
    [InlineData("SB", TreeLevel.SubBranch, null, null, "HO", "Invalid parentId: is required: a sub-branch sits under a branch")]
    [InlineData("BR", TreeLevel.Branch, "NOWHERE", null, "HO", "Invalid parentId: institution NOWHERE is not registered")]
    public void Exactly_one_head_office_at_the_root_and_each_kind_under_the_kind_above_it(
        string id, TreeLevel level, string? parentId, TreeLevel? parentLevel, string? headOffice, string? refusal) =>
        Assert.Equal(refusal, TreePlacement.Placement(id, level, parentId, parentLevel, headOffice)?.ToString());
}
