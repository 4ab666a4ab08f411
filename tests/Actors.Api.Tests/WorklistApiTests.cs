using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests;

/// <summary>The worklist, client allocation and the visit log over HTTP, each as the signed-in member of staff.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorklistApiTests(ApiServerFixture server)
{
    private readonly HttpClient _management = server.Http;

    /// <summary>A head office with a client manager, a second client manager and a team lead, each signed in.</summary>
    private sealed record Team(string InstitutionId, HttpClient Manager, string ManagerId, HttpClient Colleague, string ColleagueId, HttpClient Lead, string LeadId);

    private async Task<Team> TeamAsync()
    {
        var n = await Network.CreateAsync(_management);
        var manager = await _management.NewStaffAsync(n.InstitutionId, "ClientManager");
        var colleague = await _management.NewStaffAsync(n.InstitutionId, "ClientManager");
        var lead = await _management.NewStaffAsync(n.InstitutionId, "TeamLead");
        return new(n.InstitutionId, manager, await StaffId(manager), colleague, await StaffId(colleague), lead, await StaffId(lead));
    }

    private static async Task<string> StaffId(HttpClient session) => (string)(await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["staffId"]!;

    /// <summary>A client whose relationship started long ago and who was never visited: its visit is overdue.</summary>
    private async Task<string> ClientAsync(string institutionId, string? managerId)
    {
        var id = Ids.New("cli");
        (await _management.ApiPostAsync("/api/clients", new { id, institutionId, name = "Li Hua Trading", kind = "corporate", managerId, relationshipSince = "2020-01-06" }))
            .ShouldBe(HttpStatusCode.Created);
        return id;
    }

    private static string[] Ids_(JsonNode list) => [.. list.AsArray().Select(i => (string)i!["id"]!)];

    [Fact]
    public async Task A_client_manager_sees_an_overdue_visit_logs_it_as_themself_and_the_item_leaves_the_worklist()
    {
        var team = await TeamAsync();
        var clientId = await ClientAsync(team.InstitutionId, team.ManagerId);

        var before = (await team.Manager.ApiGetAsync("/api/worklist")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(team.ManagerId, (string)before["staffId"]!);
        var item = Assert.Single(before["visitsOverdue"]!.AsArray(), i => (string)i!["id"]! == clientId)!;
        Assert.Equal(("VisitOverdue", team.InstitutionId, team.ManagerId), ((string)item["kind"]!, (string)item["institutionId"]!, (string)item["ownerId"]!));
        foreach (var list in new[] { "visitsDue", "remindersToMake", "promisesDue", "inactiveTerminals", "approvals", "workOrders" })
        {
            Assert.NotNull(before[list]!.AsArray());
        }

        // A name in the body is not who logged the visit: the signed-in user is.
        var visited = (await team.Manager.ApiPostAsync($"/api/clients/{clientId}/visits", new { type = "onSite", findings = "business as usual", by = team.LeadId }))
            .ShouldBe(HttpStatusCode.OK).Json;
        Assert.False((bool)visited["visitOverdue"]!);
        var visit = visited["recentVisits"]!.AsArray().Single()!;
        Assert.Equal((team.ManagerId, "OnSite", "business as usual"), ((string)visit["by"]!, (string)visit["type"]!, (string)visit["findings"]!));

        var after = (await team.Manager.ApiGetAsync("/api/worklist")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.DoesNotContain(clientId, Ids_(after["visitsOverdue"]!));
        Assert.DoesNotContain(clientId, Ids_(after["visitsDue"]!));
    }

    [Fact]
    public async Task Only_the_clients_manager_or_a_team_lead_logs_a_visit_and_bad_input_changes_nothing()
    {
        var team = await TeamAsync();
        var clientId = await ClientAsync(team.InstitutionId, team.ManagerId);

        (await team.Colleague.ApiPostAsync($"/api/clients/{clientId}/visits", new { type = "phone", findings = "not mine" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await team.Manager.ApiPostAsync($"/api/clients/{clientId}/visits", new { })).ShouldBeValidationProblem("type", "findings");
        (await team.Manager.ApiPostAsync($"/api/clients/{clientId}/visits", new { type = "onSite", findings = "tomorrow", at = DateTimeOffset.UtcNow.AddDays(1) }))
            .ShouldBeValidationProblem("at");
        (await team.Manager.ApiPostAsync($"/api/clients/{Ids.New("nobody")}/visits", new { type = "phone", findings = "x" })).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Empty((await _management.SnapshotAsync($"/api/clients/{clientId}"))["recentVisits"]!.AsArray());

        var byLead = (await team.Lead.ApiPostAsync($"/api/clients/{clientId}/visits", new { type = "phone", findings = "called for the team" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(team.LeadId, (string)byLead["recentVisits"]![0]!["by"]!);
    }

    [Fact]
    public async Task A_team_lead_allocates_unallocated_clients_to_managers_of_the_clients_institution()
    {
        var team = await TeamAsync();
        var loose = await ClientAsync(team.InstitutionId, managerId: null);

        var unallocated = (await team.Lead.ApiGetAsync($"/api/institutions/{team.InstitutionId}/unallocated-clients")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal([loose], unallocated["items"]!.AsArray().Select(i => (string)i!["clientId"]!));
        Assert.Equal("Li Hua Trading", (string)unallocated["items"]![0]!["name"]!);

        (await team.Manager.ApiPostAsync($"/api/clients/{loose}/manager", new { managerId = team.ManagerId })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await team.Lead.ApiPostAsync($"/api/clients/{loose}/manager", new { managerId = Ids.New("nobody") })).ShouldBeValidationProblem("managerId");
        (await team.Lead.ApiPostAsync($"/api/clients/{loose}/manager", new { })).ShouldBeValidationProblem("managerId");
        var elsewhere = await Network.CreateAsync(_management);
        (await team.Lead.ApiPostAsync($"/api/clients/{loose}/manager", new { managerId = elsewhere.ManagerId })).ShouldBeValidationProblem("managerId");
        Assert.Null((await _management.SnapshotAsync($"/api/clients/{loose}"))["managerId"]);

        var allocated = (await team.Lead.ApiPostAsync($"/api/clients/{loose}/manager", new { managerId = team.ManagerId })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(team.ManagerId, (string)allocated["managerId"]!);
        Assert.Empty((await team.Lead.ApiGetAsync($"/api/institutions/{team.InstitutionId}/unallocated-clients")).ShouldBe(HttpStatusCode.OK).Json["items"]!.AsArray());
        Assert.Contains(loose, Ids_((await team.Manager.ApiGetAsync("/api/worklist")).Json["visitsOverdue"]!));
    }

    [Fact]
    public async Task A_team_lead_sees_the_teams_worklist_with_owners_and_a_client_manager_may_not()
    {
        var team = await TeamAsync();
        var mine = await ClientAsync(team.InstitutionId, team.ManagerId);
        var theirs = await ClientAsync(team.InstitutionId, team.ColleagueId);

        (await team.Manager.ApiGetAsync("/api/worklist?team=true")).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(theirs, Ids_((await team.Manager.ApiGetAsync("/api/worklist")).Json["visitsOverdue"]!));

        var overdue = (await team.Lead.ApiGetAsync("/api/worklist?team=true")).ShouldBe(HttpStatusCode.OK).Json["visitsOverdue"]!.AsArray();
        Assert.Equal(
            new[] { (mine, team.ManagerId), (theirs, team.ColleagueId) }.OrderBy(p => p.Item1, StringComparer.Ordinal),
            overdue.Select(i => ((string)i!["id"]!, (string)i["ownerId"]!)).OrderBy(p => p.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_institutions_KPIs_count_the_months_new_accounts_against_the_targets_per_manager()
    {
        var team = await TeamAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var id = Ids.New("cli");
        (await _management.ApiPostAsync("/api/clients", new { id, institutionId = team.InstitutionId, name = "New Co", kind = "corporate", managerId = team.ManagerId }))
            .ShouldBe(HttpStatusCode.Created);

        var kpis = (await team.Lead.ApiGetAsync($"/api/institutions/{team.InstitutionId}/kpis?month={today:yyyy-MM}")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal($"{today:yyyy-MM}", (string)kpis["month"]!);
        Assert.Equal(180, (int)kpis["dormantAfterDays"]!);
        Assert.True((int)kpis["institution"]!["newAccounts"]! >= 1);
        var manager = kpis["managers"]!.AsArray().Single(m => (string)m!["managerId"]! == team.ManagerId)!;
        Assert.Equal((1, 1), ((int)manager["figures"]!["newAccounts"]!, (int)manager["figures"]!["newBasicAccounts"]!));

        (await team.Lead.ApiGetAsync($"/api/institutions/{team.InstitutionId}/kpis?month=March")).ShouldBeValidationProblem("month");
        // A team lead of a branch elsewhere (a head office's staff would see the whole bank).
        var otherBranch = Ids.New("branch");
        (await _management.ApiPostAsync("/api/institutions", Network.InstitutionBody(otherBranch, "Elsewhere"))).ShouldBe(HttpStatusCode.Created);
        var outsider = await _management.NewStaffAsync(otherBranch, "TeamLead");
        (await outsider.ApiGetAsync($"/api/institutions/{team.InstitutionId}/kpis")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await outsider.ApiGetAsync($"/api/institutions/{team.InstitutionId}/unallocated-clients")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
