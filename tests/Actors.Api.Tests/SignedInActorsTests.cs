using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests;

/// <summary>
/// Issue 6: collections and lobby work is attributed to the signed-in user, never to a name in the body, and only the
/// roles the brief names may do it (brief §4, §5).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SignedInActorsTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    private static async Task<string> StaffId(HttpClient session) => (string)(await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["staffId"]!;

    private async Task<(HttpClient Session, string Id)> StaffAsync(string institutionId, params string[] roles)
    {
        var session = await _md.NewStaffAsync(institutionId, roles);
        return (session, await StaffId(session));
    }

    private async Task<string> BranchAsync(string parentId)
    {
        var id = Ids.New("br");
        (await _md.ApiPostAsync("/api/institutions", new { id, name = "Branch", kind = "branch", parentId })).ShouldBe(HttpStatusCode.Created);
        return id;
    }

    private static object Call(string collectorId) => new { collectorId, number = "mobile", outcome = "promiseToPay", note = "will pay on Friday" };

    private static object Promise(string by) => new { amount = 500m, promisedFor = DateTimeOffset.UtcNow.AddDays(2), by };

    [Fact]
    public async Task A_call_and_a_promise_are_the_signed_in_collectors_whatever_collector_the_body_names()
    {
        var n = await Network.CreateAsync(_md);
        var (collector, collectorId) = await StaffAsync(n.InstitutionId, "collector");
        var (_, otherId) = await StaffAsync(n.InstitutionId, "collector");

        var loan = (await collector.ApiPostAsync($"/api/loans/{n.LoanId}/calls", Call(otherId))).ShouldBe(HttpStatusCode.OK).Json["collections"]!;
        Assert.Equal(collectorId, (string)Assert.Single(loan["calls"]!.AsArray())!["collectorId"]!);
        Assert.Equal(collectorId, (string)loan["collectorId"]!);

        var promise = (await collector.ApiPostAsync($"/api/loans/{n.LoanId}/promises", Promise(otherId))).ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal(collectorId, (string)promise["collectorId"]!);

        var worklist = (await collector.ApiGetAsync($"/api/collectors/{collectorId}/worklist")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.DoesNotContain(otherId, worklist.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_or_a_promise_sent_again_with_its_id_is_recorded_once_and_answered_alike()
    {
        var n = await Network.CreateAsync(_md);
        var (collector, _) = await StaffAsync(n.InstitutionId, "collector");
        var call = new { id = "call-1", number = "mobile", outcome = "noAnswer", note = "rang twice" };
        var promise = new { id = "promise-1", amount = 500m, promisedFor = DateTimeOffset.UtcNow.AddDays(2) };

        (await collector.ApiPostAsync($"/api/loans/{n.LoanId}/calls", call)).ShouldBe(HttpStatusCode.OK);
        var again = (await collector.ApiPostAsync($"/api/loans/{n.LoanId}/calls", call)).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Single(again["collections"]!["calls"]!.AsArray());
        (await collector.ApiPostAsync($"/api/loans/{n.LoanId}/calls", call with { id = "call-2" })).ShouldBe(HttpStatusCode.OK);

        var first = (await collector.ApiPostAsync($"/api/loans/{n.LoanId}/promises", promise)).ShouldBe(HttpStatusCode.Created).Json;
        var replayed = (await collector.ApiPostAsync($"/api/loans/{n.LoanId}/promises", promise)).ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal((string)first["promiseId"]!, (string)replayed["promiseId"]!);

        var collections = (await _md.SnapshotAsync($"/api/loans/{n.LoanId}"))["collections"]!;
        Assert.Equal(2, collections["calls"]!.AsArray().Count);
        Assert.Single(collections["promises"]!.AsArray());
    }

    [Fact]
    public async Task A_client_manager_may_neither_log_a_call_nor_record_a_promise_nor_assign_a_collector_and_nothing_changes()
    {
        var n = await Network.CreateAsync(_md);
        var (manager, managerId) = await StaffAsync(n.InstitutionId, "clientManager");
        var (_, collectorId) = await StaffAsync(n.InstitutionId, "collector");

        (await manager.ApiPostAsync($"/api/loans/{n.LoanId}/calls", Call(managerId))).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await manager.ApiPostAsync($"/api/loans/{n.LoanId}/promises", Promise(managerId))).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await manager.ApiPostAsync($"/api/loans/{n.LoanId}/collector", new { collectorId })).ShouldBeProblem(HttpStatusCode.Forbidden);
        // Nor may the management department log a call in a collector's name.
        (await _md.ApiPostAsync($"/api/loans/{n.LoanId}/calls", Call(collectorId))).ShouldBeProblem(HttpStatusCode.Forbidden);

        var collections = (await _md.SnapshotAsync($"/api/loans/{n.LoanId}"))["collections"]!;
        Assert.Empty(collections["calls"]!.AsArray());
        Assert.Empty(collections["promises"]!.AsArray());
        Assert.Null(collections["collectorId"]);
    }

    [Fact]
    public async Task A_team_lead_gives_a_loan_only_to_a_registered_collector_of_their_institutions()
    {
        // Two branches of one head office: a branch's team lead covers their own branch only.
        var headOffice = StaffSessions.HeadOffice;
        var n = await Network.CreateAsync(_md, await BranchAsync(headOffice));
        var elsewhere = await Network.CreateAsync(_md, await BranchAsync(headOffice));
        var (lead, _) = await StaffAsync(n.InstitutionId, "teamLead");
        var (_, collectorId) = await StaffAsync(n.InstitutionId, "collector");
        var (_, foreignCollectorId) = await StaffAsync(elsewhere.InstitutionId, "collector");

        (await lead.ApiPostAsync($"/api/loans/{n.LoanId}/collector", new { collectorId = n.ManagerId })).ShouldBeValidationProblem("collectorId");
        (await lead.ApiPostAsync($"/api/loans/{n.LoanId}/collector", new { collectorId = foreignCollectorId })).ShouldBeValidationProblem("collectorId");
        (await lead.ApiPostAsync($"/api/loans/{n.LoanId}/collector", new { collectorId = "nobody" })).ShouldBeValidationProblem("collectorId");
        Assert.Null((await _md.SnapshotAsync($"/api/loans/{n.LoanId}"))["collections"]!["collectorId"]);

        var assigned = (await lead.ApiPostAsync($"/api/loans/{n.LoanId}/collector", new { collectorId })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(collectorId, (string)assigned["collections"]!["collectorId"]!);
    }

    [Fact]
    public async Task A_collector_reads_their_own_worklist_and_not_a_colleagues_while_a_team_lead_reads_both()
    {
        var n = await Network.CreateAsync(_md);
        var (collector, collectorId) = await StaffAsync(n.InstitutionId, "collector");
        var (_, colleagueId) = await StaffAsync(n.InstitutionId, "collector");
        var (lead, _) = await StaffAsync(n.InstitutionId, "teamLead");

        (await collector.ApiGetAsync($"/api/collectors/{collectorId}/worklist")).ShouldBe(HttpStatusCode.OK);
        (await collector.ApiGetAsync($"/api/collectors/{collectorId}/worklist?institutionId={n.InstitutionId}")).ShouldBe(HttpStatusCode.OK);
        (await collector.ApiGetAsync($"/api/collectors/{colleagueId}/worklist")).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await lead.ApiGetAsync($"/api/collectors/{colleagueId}/worklist")).ShouldBe(HttpStatusCode.OK);
        (await lead.ApiGetAsync($"/api/collectors/{collectorId}/worklist?institutionId=nowhere")).ShouldBeValidationProblem("institutionId");
    }

    [Fact]
    public async Task Only_the_lobby_manager_or_the_head_flags_a_premium_customer()
    {
        var n = await Network.CreateAsync(_md);
        var lobby = $"/api/lobbies/{n.InstitutionId}";
        var (lobbyManager, _) = await StaffAsync(n.InstitutionId, "lobbyManager");
        var (manager, _) = await StaffAsync(n.InstitutionId, "clientManager");
        var (head, _) = await StaffAsync(n.InstitutionId, "institutionHead");
        var ticket = (string)(await manager.ApiPostAsync($"{lobby}/tickets", new { service = "cash" })).ShouldBe(HttpStatusCode.Created).Json["ticketId"]!;
        var flag = new { by = "the lobby manager", reason = "VIP card of another bank" };

        (await manager.ApiPostAsync($"{lobby}/tickets/{ticket}/premium", flag)).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await _md.ApiPostAsync($"{lobby}/tickets/{ticket}/premium", flag)).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.False((bool)(await _md.SnapshotAsync($"{lobby}/tickets/{ticket}"))["premium"]!);

        (await lobbyManager.ApiPostAsync($"{lobby}/tickets/{ticket}/premium", new { })).ShouldBeValidationProblem("reason");
        Assert.True((bool)(await lobbyManager.ApiPostAsync($"{lobby}/tickets/{ticket}/premium", flag)).ShouldBe(HttpStatusCode.OK).Json["premium"]!);
        (await head.ApiPostAsync($"{lobby}/tickets/{ticket}/premium", flag)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_complaint_is_owned_by_staff_of_the_branch_recorded_and_settled_by_whoever_is_signed_in()
    {
        var n = await Network.CreateAsync(_md);
        var other = await Network.CreateAsync(_md);
        var lobby = $"/api/lobbies/{n.InstitutionId}";
        var (lobbyManager, lobbyManagerId) = await StaffAsync(n.InstitutionId, "lobbyManager");
        var (owner, ownerId) = await StaffAsync(n.InstitutionId, "clientManager");
        var (collector, _) = await StaffAsync(n.InstitutionId, "collector");

        var fromAnotherBranch = new { channel = "inPerson", content = "queue too long", owner = other.ManagerId };
        (await lobbyManager.ApiPostAsync($"{lobby}/complaints", fromAnotherBranch)).ShouldBeValidationProblem("owner");
        (await lobbyManager.ApiPostAsync($"{lobby}/complaints", fromAnotherBranch with { owner = "nobody" })).ShouldBeValidationProblem("owner");
        Assert.Empty((await _md.SnapshotAsync(lobby))["complaints"]!.AsArray());

        var recorded = (await lobbyManager.ApiPostAsync($"{lobby}/complaints", fromAnotherBranch with { owner = ownerId })).ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal((lobbyManagerId, ownerId), ((string)recorded["recordedBy"]!, (string)recorded["owner"]!));
        var id = (string)recorded["complaintId"]!;

        // Neither a colleague who does not own it nor the management department settles it; its owner does, whatever "by" says.
        (await collector.ApiPostAsync($"{lobby}/complaints/{id}/acknowledge", new { by = ownerId })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await collector.ApiPostAsync($"{lobby}/complaints/{id}/resolve", new { resolution = "sorted" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await _md.ApiPostAsync($"{lobby}/complaints/{id}/escalate", new { to = "branch office" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal("Recorded", (string)(await _md.SnapshotAsync(lobby))["complaints"]![0]!["status"]!);

        var acknowledged = (await owner.ApiPostAsync($"{lobby}/complaints/{id}/acknowledge", new { by = lobbyManagerId })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(("Acknowledged", ownerId), ((string)acknowledged["status"]!, (string)acknowledged["acknowledgedBy"]!));
        var resolved = (await lobbyManager.ApiPostAsync($"{lobby}/complaints/{id}/resolve", new { resolution = "a second counter opened" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(("ResolvedOnTheSpot", lobbyManagerId), ((string)resolved["status"]!, (string)resolved["resolvedBy"]!));
    }

    [Fact]
    public async Task A_prospect_is_registered_by_the_signed_in_user()
    {
        var n = await Network.CreateAsync(_md);
        var (lobbyManager, lobbyManagerId) = await StaffAsync(n.InstitutionId, "lobbyManager");
        var prospect = (await lobbyManager.ApiPostAsync($"/api/lobbies/{n.InstitutionId}/prospects",
            new { customerName = "Ms Chen", managerId = n.ManagerId, note = "owns two restaurants", registeredBy = "someone else" })).ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal(lobbyManagerId, (string)prospect["registeredBy"]!);
    }
}
