using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests;

/// <summary>Pick people, don't type ids: the staff directory a screen fills its pickers from, in the caller's scope.</summary>
[Collection(ApiCollection.Name)]
public sealed class StaffDirectoryTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    private async Task<(string Branch, string SubBranch, string Other)> TreeAsync()
    {
        var (branch, subBranch, other) = (Ids.New("br"), Ids.New("sb"), Ids.New("br"));
        var me = await _md.SnapshotAsync("/api/auth/me");
        foreach (var (id, kind, parent) in new[] { (branch, "Branch", (string)me["institutionId"]!), (subBranch, "SubBranch", branch), (other, "Branch", (string)me["institutionId"]!) })
        {
            (await _md.ApiPostAsync("/api/institutions", new { id, name = id, kind, parentId = parent })).ShouldBe(HttpStatusCode.Created);
        }
        return (branch, subBranch, other);
    }

    private async Task<string> StaffAsync(string institutionId, string name, string nameZh, params string[] roles)
    {
        var id = Ids.New("staff");
        (await _md.ApiPostAsync("/api/managers", new { id, institutionId, name, nameZh, roles })).ShouldBe(HttpStatusCode.Created);
        return id;
    }

    private static List<string> Ids_(JsonNode page) => [.. page["items"]!.AsArray().Select(i => (string)i!["staffId"]!)];

    [Fact]
    public async Task A_team_lead_finds_the_staff_of_their_institution_and_below_by_role_and_name_a_page_at_a_time()
    {
        var (branch, subBranch, other) = await TreeAsync();
        var lead = await StaffAsync(branch, "Zhang Min", "张敏", "TeamLead");
        var wang = await StaffAsync(branch, "Wang Fang", "王芳", "Collector");
        var li = await StaffAsync(subBranch, "Li Wei", "李伟", "Collector", "ClientManager");
        var chen = await StaffAsync(subBranch, "Chen Jie", "陈杰", "ClientManager");
        await StaffAsync(other, "Zhao Lei", "赵磊", "Collector");
        (await _md.ApiPostAsync($"/api/staff/{lead}/password", new { password = StaffSessions.Password })).ShouldBe(HttpStatusCode.NoContent);
        var teamLead = await StaffSessions.SignInAsync(server.Host.BaseAddress, lead);

        // Sorted by name, the branch and its sub-branch, never the other branch.
        Assert.Equal([chen, li, wang, lead], Ids_(await teamLead.SnapshotAsync("/api/staff")));
        Assert.Equal([li, wang], Ids_(await teamLead.SnapshotAsync("/api/staff?role=Collector")));
        Assert.Equal([li], Ids_(await teamLead.SnapshotAsync($"/api/staff?institutionId={subBranch}&role=collector")));
        Assert.Equal([wang], Ids_(await teamLead.SnapshotAsync("/api/staff?name=" + Uri.EscapeDataString("王"))));

        var second = await teamLead.SnapshotAsync("/api/staff?page=2&pageSize=3");
        Assert.Equal([lead], Ids_(second));
        Assert.Equal((2, 3, 4), ((int)second["page"]!, (int)second["pageSize"]!, (int)second["total"]!));
        var entry = (await teamLead.SnapshotAsync($"/api/staff?name={li}"))["items"]![0]!;
        Assert.Equal(("Li Wei", "李伟", subBranch, subBranch), ((string)entry["name"]!, (string)entry["nameZh"]!, (string)entry["institutionId"]!, (string)entry["institutionName"]!));

        (await teamLead.ApiGetAsync($"/api/staff?institutionId={other}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await teamLead.ApiGetAsync("/api/staff?role=42")).ShouldBeValidationProblem("role");
        (await teamLead.ApiGetAsync("/api/staff?role=Janitor")).ShouldBeValidationProblem("role");
        (await teamLead.ApiGetAsync("/api/staff?pageSize=201")).ShouldBeValidationProblem("pageSize");
        (await teamLead.ApiGetAsync("/api/staff?page=first")).ShouldBeValidationProblem("page");
    }
}
