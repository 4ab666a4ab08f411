using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests;

/// <summary>The branch lobby over HTTP: the kiosk's discreet ticket, the staff screen, desks, complaints and prospects.</summary>
[Collection(ApiCollection.Name)]
public sealed class LobbyApiTests(ApiServerFixture server)
{
    private readonly HttpClient _http = server.Http;

    private async Task<string> Branch()
    {
        var id = Ids.New("branch");
        (await _http.ApiPostAsync("/api/institutions", Network.InstitutionBody(id, "Riverside sub-branch"))).ShouldBe(HttpStatusCode.Created);
        return id;
    }

    [Fact]
    public async Task A_large_remittance_gets_an_ordinary_kiosk_ticket_a_premium_flag_on_the_staff_screen_and_is_served_at_a_desk()
    {
        var branch = await Branch();
        var lobby = $"/api/lobbies/{branch}";
        (await _http.ApiPostAsync($"{lobby}/desks", new { deskId = "counter-1", name = "Counter 1", kind = "counter", services = new[] { "cash", "remittance" } }))
            .ShouldBe(HttpStatusCode.OK);

        var issued = (await _http.ApiPostAsync($"{lobby}/tickets", new { service = "remittance", declaredAmount = 200_000m })).ShouldBe(HttpStatusCode.Created);
        var kiosk = issued.Json.AsObject();
        Assert.Equal("R001", (string)kiosk["number"]!);
        Assert.False(kiosk.ContainsKey("premium"), "the kiosk must not tell the customer they are premium");
        Assert.False(kiosk.ContainsKey("premiumSignals"));
        var ticketId = (string)kiosk["ticketId"]!;
        Assert.Equal($"{lobby}/tickets/{ticketId}", issued.Location?.OriginalString);

        var onScreen = await _http.SnapshotAsync($"{lobby}/tickets/{ticketId}");
        Assert.True((bool)onScreen["premium"]!);
        Assert.Equal(["LargeRemittance"], onScreen["premiumSignals"]!.AsArray().Select(s => (string)s!));

        var called = (await _http.ApiPostAsync($"{lobby}/desks/counter-1/call-next", "")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal((ticketId, "Called"), ((string)called["ticket"]!["ticketId"]!, (string)called["ticket"]!["status"]!));
        Assert.Equal(ticketId, (string)called["desk"]!["currentTicketId"]!);
        var finished = (await _http.ApiPostAsync($"{lobby}/desks/counter-1/finish", new { outcome = "remitted to Shenzhen" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal("Finished", (string)finished["ticket"]!["status"]!);

        var view = await _http.SnapshotAsync(lobby);
        Assert.Equal(1, (int)view["stats"]!["finishedToday"]!);
        Assert.True((long)view["seq"]! >= 4);
        var idle = (await _http.ApiPostAsync($"{lobby}/desks/counter-1/call-next", "")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Null(idle["ticket"]);
    }

    [Fact]
    public async Task An_unregistered_branch_is_404_everywhere_even_with_a_bad_body()
    {
        var lobby = $"/api/lobbies/{Ids.New("nowhere")}";
        (await _http.ApiGetAsync(lobby)).ShouldBeProblem(HttpStatusCode.NotFound);
        (await _http.ApiGetAsync($"{lobby}/prospects")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await _http.ApiPostAsync($"{lobby}/tickets", new { })).ShouldBeProblem(HttpStatusCode.NotFound);
        (await _http.ApiPostAsync($"{lobby}/desks/d-1/call-next", "")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string, string[]> BadRequests => new()
    {
        { "tickets", """{ "declaredAmount": 5 }""", ["service"] },
        { "tickets", """{ "service": "cash", "declaredAmount": -1 }""", ["declaredAmount"] },
        { "tickets", """{ "service": "cash", "clientId": "no-such-client" }""", ["clientId"] },
        { "tickets", """{ "service": "cash", "declared": ["goldBars"] }""", ["declared[0]"] },
        { "tickets", """{ "service": "teleport" }""", ["service"] },
        { "desks", """{ "deskId": "d-1", "name": "Desk", "kind": "counter", "services": [] }""", ["services"] },
        { "desks", """{ "name": "Desk", "services": ["cash"] }""", ["deskId", "kind"] },
        { "complaints", """{ "channel": "hotline", "content": "", "owner": "lm-1" }""", ["content"] },
        { "complaints", """{ "channel": "hotline", "content": "rude", "owner": "lm-1" }""", ["owner"] },
        { "complaints", """{ "content": "rude", "owner": " " }""", ["channel", "owner"] },
        { "prospects", """{ "managerId": "no-such-manager", "note": "n" }""", ["ticketId", "managerId"] },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_field_is_a_400_naming_it(string path, string body, string[] fields)
    {
        var branch = await Branch();
        (await _http.SendRawAsync(HttpMethod.Post, $"/api/lobbies/{branch}/{path}", body)).ShouldBeValidationProblem(fields);
    }

    [Fact]
    public async Task Desk_actions_that_the_state_does_not_allow_are_409_and_unknown_desks_404()
    {
        var lobby = $"/api/lobbies/{await Branch()}";
        (await _http.ApiPostAsync($"{lobby}/desks/ghost/call-next", "")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await _http.ApiPostAsync($"{lobby}/desks", new { deskId = "c-1", name = "Counter 1", kind = "counter", services = new[] { "cash" } })).ShouldBe(HttpStatusCode.OK);
        (await _http.ApiPostAsync($"{lobby}/desks/c-1/no-show", "")).ShouldBeProblem(HttpStatusCode.Conflict);
        (await _http.ApiPostAsync($"{lobby}/tickets", new { service = "cash" })).ShouldBe(HttpStatusCode.Created);
        (await _http.ApiPostAsync($"{lobby}/desks/c-1/call-next", "")).ShouldBe(HttpStatusCode.OK);
        (await _http.ApiPostAsync($"{lobby}/desks/c-1/close", "")).ShouldBeProblem(HttpStatusCode.Conflict);
        (await _http.ApiPostAsync($"{lobby}/desks/c-1/transfer", new { toDeskId = "ghost" })).ShouldBeValidationProblem("toDeskId");
        (await _http.ApiPostAsync($"{lobby}/desks/c-1/finish", new { })).ShouldBeValidationProblem("outcome");
    }

    [Fact]
    public async Task A_complaint_goes_from_recorded_to_acknowledged_to_escalated_and_prospects_are_listed_per_manager()
    {
        var branch = await Branch();
        var lobby = $"/api/lobbies/{branch}";
        using var lobbyManager = await _http.NewStaffAsync(branch, "lobbyManager");
        var lobbyManagerId = (string)(await lobbyManager.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["staffId"]!;
        var recorded = (await lobbyManager.ApiPostAsync($"{lobby}/complaints", new { channel = "inPerson", content = "queue too long", customerName = "Mr Zhao", owner = lobbyManagerId }))
            .ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal("Recorded", (string)recorded["status"]!);
        var id = (string)recorded["complaintId"]!;
        Assert.Equal("Acknowledged", (string)(await lobbyManager.ApiPostAsync($"{lobby}/complaints/{id}/acknowledge", "")).ShouldBe(HttpStatusCode.OK).Json["status"]!);
        var escalated = (await lobbyManager.ApiPostAsync($"{lobby}/complaints/{id}/escalate", new { to = "branch-head" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(("Escalated", "branch-head"), ((string)escalated["status"]!, (string)escalated["owner"]!));
        (await lobbyManager.ApiPostAsync($"{lobby}/complaints/{id}/resolve", new { resolution = "late" })).ShouldBeProblem(HttpStatusCode.Conflict);
        (await lobbyManager.ApiPostAsync($"{lobby}/complaints/no-such/resolve", new { resolution = "x" })).ShouldBeProblem(HttpStatusCode.NotFound);

        var manager = Ids.New("mgr");
        (await _http.ApiPostAsync("/api/managers", Network.ManagerBody(manager, branch))).ShouldBe(HttpStatusCode.Created);
        (await _http.ApiPostAsync($"{lobby}/prospects", new { customerName = "Ms Chen", managerId = manager, note = "owns two restaurants" })).ShouldBe(HttpStatusCode.Created);
        var list = (await _http.ApiGetAsync($"{lobby}/prospects?managerId={manager}")).ShouldBe(HttpStatusCode.OK).Json.AsArray();
        Assert.Equal("Ms Chen", (string)Assert.Single(list)!["customerName"]!);
        Assert.Empty((await _http.ApiGetAsync($"{lobby}/prospects?managerId=someone-else")).ShouldBe(HttpStatusCode.OK).Json.AsArray());
    }
}
