using System.Net;

namespace Actors.Api.Tests;

/// <summary>
/// Issue 12's escalation, step by step: a branch's management department tried to make itself a head office under its
/// own branch and from there reach the whole bank. Each step is now refused at the door, and its scope stays the branch.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TreeEscalationTests(ApiServerFixture server)
{
    private readonly HttpClient _headOfficeMd = server.Http;

    [Fact]
    public async Task A_branch_management_user_cannot_make_a_head_office_under_its_branch_nor_reach_beyond_its_branch()
    {
        var branch = Ids.New("br");
        (await _headOfficeMd.ApiPostAsync("/api/institutions", Network.InstitutionBody(branch))).ShouldBe(HttpStatusCode.Created);
        using var branchMd = await _headOfficeMd.NewStaffAsync(branch, "managementDepartment");
        var headOfficeMdId = (string)(await _headOfficeMd.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["staffId"]!;

        // Step 1: a "head office" under the branch. Refused by the tree rule before anything is registered.
        var fake = Ids.New("ho");
        var refused = (await branchMd.ApiPostAsync("/api/institutions", new { id = fake, name = "My head office", kind = "headOffice", parentId = branch }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal("tree", (string?)refused["rule"]);
        (await _headOfficeMd.ApiGetAsync($"/api/institutions/{fake}")).ShouldBe(HttpStatusCode.NotFound);

        // Nor any institution at all: only the head office's management department registers them.
        (await branchMd.ApiPostAsync("/api/institutions", new { id = Ids.New("sb"), name = "Side door", kind = "subBranch", parentId = branch }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);

        // Step 2 by another way: a management user (an administrator role) in its own branch, or more roles for itself.
        var grant = (await branchMd.ApiPostAsync("/api/managers", new { id = Ids.New("md"), institutionId = branch, name = "Accomplice", roles = new[] { "managementDepartment" } }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal("grant", (string?)grant["rule"]);
        var branchMdId = (string)(await branchMd.ApiGetAsync("/api/auth/me")).Json["staffId"]!;
        var own = (await branchMd.ApiPutAsync($"/api/managers/{branchMdId}/roles", new { roles = new[] { "managementDepartment", "institutionHead" } }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal("own-roles", (string?)own["rule"]);

        // Its scope is unchanged: the head office, the central room and the head office's administrator stay out of reach.
        (await branchMd.ApiGetAsync($"/api/institutions/{StaffSessions.HeadOffice}")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.NotEqual(HttpStatusCode.OK, (await branchMd.ApiGetAsync("/api/collections/rooms/central")).Status);
        Assert.NotEqual(HttpStatusCode.NoContent, (await branchMd.ApiPostAsync($"/api/staff/{headOfficeMdId}/password", new { password = "taken over by the branch" })).Status);
        (await branchMd.ApiGetAsync($"/api/institutions/{branch}")).ShouldBe(HttpStatusCode.OK);
        (await StaffSessions.SignInAsync(server.Host.BaseAddress, headOfficeMdId)).Dispose();
    }

    [Fact]
    public async Task The_bank_has_one_head_office_at_the_root_and_kind_and_parent_agree()
    {
        var branch = Ids.New("br");
        (await _headOfficeMd.ApiPostAsync("/api/institutions", Network.InstitutionBody(branch))).ShouldBe(HttpStatusCode.Created);

        (await _headOfficeMd.ApiPostAsync("/api/institutions", new { id = Ids.New("ho"), name = "Second head office", kind = "headOffice" }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        (await _headOfficeMd.ApiPostAsync("/api/institutions", new { id = Ids.New("ho"), name = "Nested head office", kind = "headOffice", parentId = branch }))
            .ShouldBeValidationProblem("parentId");
        (await _headOfficeMd.ApiPostAsync("/api/institutions", new { id = Ids.New("br"), name = "Branch of a branch", kind = "branch", parentId = branch }))
            .ShouldBeValidationProblem("parentId");
        (await _headOfficeMd.ApiPostAsync("/api/institutions", new { id = Ids.New("sb"), name = "Sub-branch of the head office", kind = "subBranch", parentId = StaffSessions.HeadOffice }))
            .ShouldBeValidationProblem("parentId");
        (await _headOfficeMd.ApiPostAsync("/api/institutions", new { id = Ids.New("br"), name = "Orphan branch", kind = "branch" }))
            .ShouldBeValidationProblem("parentId");
        (await _headOfficeMd.ApiPostAsync("/api/institutions", new { id = Ids.New("sb"), name = "Sub-branch", kind = "subBranch", parentId = branch }))
            .ShouldBe(HttpStatusCode.Created);
    }
}
