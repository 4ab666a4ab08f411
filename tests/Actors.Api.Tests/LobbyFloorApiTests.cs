using System.Net;

namespace Actors.Api.Tests;

/// <summary>The lobby manager's console over HTTP: who may send, void and call tickets, the kiosk's print and a day's figures.</summary>
[Collection(ApiCollection.Name)]
public sealed class LobbyFloorApiTests(ApiServerFixture server)
{
    private readonly HttpClient _http = server.Http;

    private async Task<(string Branch, string Lobby)> Lobby()
    {
        var branch = Ids.New("branch");
        (await _http.ApiPostAsync("/api/institutions", Network.InstitutionBody(branch, "Riverside sub-branch"))).ShouldBe(HttpStatusCode.Created);
        var lobby = $"/api/lobbies/{branch}";
        (await _http.ApiPostAsync($"{lobby}/desks", new { deskId = "c1", name = "Counter 1", nameZh = "1 号窗口", kind = "counter", services = new[] { "cash" } }))
            .ShouldBe(HttpStatusCode.OK);
        (await _http.ApiPostAsync($"{lobby}/desks", new { deskId = "vip", name = "VIP room", kind = "vipRoom", services = new[] { "wealth" } }))
            .ShouldBe(HttpStatusCode.OK);
        return (branch, lobby);
    }

    private async Task<string> Ticket(string lobby, string service = "cash") =>
        (string)(await _http.ApiPostAsync($"{lobby}/tickets", new { service })).ShouldBe(HttpStatusCode.Created).Json["ticketId"]!;

    [Fact]
    public async Task The_lobby_manager_sends_a_ticket_to_the_VIP_room_and_voids_another_a_teller_may_not_but_may_call_one_by_name()
    {
        var (branch, lobby) = await Lobby();
        var first = await Ticket(lobby);
        var second = await Ticket(lobby);
        var third = await Ticket(lobby);
        using var lobbyManager = await _http.NewStaffAsync(branch, "lobbyManager");
        using var teller = await _http.NewStaffAsync(branch, "clientManager");

        (await teller.ApiPostAsync($"{lobby}/tickets/{second}/send", new { deskId = "vip" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await teller.ApiPostAsync($"{lobby}/tickets/{third}/void", new { reason = "left" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var sent = (await lobbyManager.ApiPostAsync($"{lobby}/tickets/{second}/send", new { deskId = "vip" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(("vip", "Waiting"), ((string)sent["deskId"]!, (string)sent["status"]!));
        var voided = (await lobbyManager.ApiPostAsync($"{lobby}/tickets/{third}/void", new { reason = "printed twice" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal("Voided", (string)voided["status"]!);

        var called = (await teller.ApiPostAsync($"{lobby}/tickets/{first}/call", new { deskId = "c1" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal((first, "Calling"), ((string)called["ticket"]!["ticketId"]!, (string)called["desk"]!["status"]!));
        Assert.Equal("1 号窗口", (string)called["desk"]!["nameZh"]!);
        (await teller.ApiPostAsync($"{lobby}/tickets/{second}/call", new { deskId = "c1" })).ShouldBeProblem(HttpStatusCode.Conflict);
        var parked = (await teller.ApiPostAsync($"{lobby}/desks/c1/park", "")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal("Parked", (string)parked["ticket"]!["status"]!);
        Assert.Equal("Waiting", (string)(await teller.ApiPostAsync($"{lobby}/tickets/{first}/requeue", "")).ShouldBe(HttpStatusCode.OK).Json["status"]!);
        Assert.Equal("OnBreak", (string)(await teller.ApiPostAsync($"{lobby}/desks/c1/break", "")).ShouldBe(HttpStatusCode.OK).Json["status"]!);
        Assert.Equal("Idle", (string)(await teller.ApiPostAsync($"{lobby}/desks/c1/back", "")).ShouldBe(HttpStatusCode.OK).Json["status"]!);
    }

    [Fact]
    public async Task Bad_fields_are_400_naming_them_unknown_tickets_404_and_nothing_changes()
    {
        var (branch, lobby) = await Lobby();
        var ticket = await Ticket(lobby);
        using var lobbyManager = await _http.NewStaffAsync(branch, "lobbyManager");
        (await lobbyManager.ApiPostAsync($"{lobby}/tickets/{ticket}/send", new { })).ShouldBeValidationProblem("deskId");
        (await lobbyManager.ApiPostAsync($"{lobby}/tickets/{ticket}/send", new { deskId = "ghost" })).ShouldBeValidationProblem("toDeskId");
        (await lobbyManager.ApiPostAsync($"{lobby}/tickets/{ticket}/void", new { reason = " " })).ShouldBeValidationProblem("reason");
        (await _http.ApiPostAsync($"{lobby}/tickets/{ticket}/call", new { })).ShouldBeValidationProblem("deskId");
        (await _http.ApiPostAsync($"{lobby}/tickets/no-such/call", new { deskId = "c1" })).ShouldBeProblem(HttpStatusCode.NotFound);
        (await _http.ApiPostAsync($"{lobby}/tickets/{ticket}/requeue", "")).ShouldBeProblem(HttpStatusCode.Conflict);
        (await _http.ApiGetAsync($"{lobby}/days/2026-13-01")).ShouldBeValidationProblem("date");
        (await _http.ApiGetAsync($"/api/lobbies/{Ids.New("nowhere")}/days/2026-03-01")).ShouldBeProblem(HttpStatusCode.NotFound);

        var onScreen = await _http.SnapshotAsync($"{lobby}/tickets/{ticket}");
        Assert.Equal(("Waiting", null), ((string)onScreen["status"]!, (string?)onScreen["deskId"]));
    }

    [Fact]
    public async Task The_kiosk_prints_the_branch_the_date_the_people_ahead_and_the_expected_wait_and_today_has_figures_so_far()
    {
        var (branch, lobby) = await Lobby();
        await Ticket(lobby);
        await Ticket(lobby);
        var mine = await Ticket(lobby);

        var print = (await _http.ApiGetAsync($"{lobby}/tickets/{mine}/place")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal((branch, "Riverside sub-branch", "C003", 2, 10), ((string)print["branchId"]!, (string)print["branchName"]!, (string)print["number"]!,
            (int)print["peopleAhead"]!, (int)print["expectedWaitMinutes"]!));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)print["date"]!);
        Assert.False(print.AsObject().ContainsKey("premium"), "the kiosk's print says nothing about the customer");

        var today = (await _http.ApiGetAsync($"{lobby}/days/{(string)print["date"]!}")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal((3, false), ((int)today["total"]!["issued"]!, (bool)today["closed"]!));
        Assert.Equal("Cash", (string)today["services"]![0]!["service"]!);
        (await _http.ApiGetAsync($"{lobby}/days/2100-01-01")).ShouldBeProblem(HttpStatusCode.NotFound);
        // Beyond the years the wire carries (1900–2199): not a day at all.
        (await _http.ApiGetAsync($"{lobby}/days/2999-01-01")).ShouldBeValidationProblem("date");
    }
}
