using System.Net;
using System.Text.Json.Nodes;
using Actors.Screens;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Actors.Api.Tests;

/// <summary>
/// Kiosks, calling displays and TV boards run as devices: registered on the device by staff who may, then holding a
/// credential for their one screen of their one branch or room, until those staff revoke it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DevicesApiTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    [Fact]
    public async Task A_kiosk_registered_by_the_lobby_manager_issues_tickets_of_its_branch_and_reads_nothing_else()
    {
        var bank = await BankTree.CreateAsync(_md);
        using var kiosk = await _md.NewStaffAsync(bank.SubBranch, "lobbyManager");

        var registered = (await kiosk.ApiPostAsync($"/api/devices/{bank.SubBranch}", new { screen = "kiosk", name = "Kiosk by the door" }))
            .ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal(("Kiosk", bank.SubBranch, "Kiosk by the door"), ((string?)registered["screen"], (string?)registered["scopeId"], (string?)registered["name"]));
        var credential = Assert.Single(kiosk.Cookies().GetAllCookies(), c => c.Name == "bg.device");
        Assert.True(credential.HttpOnly);
        Assert.True(credential.Expires > DateTime.Now.AddDays(300), "the credential outlives a browser restart");
        // The lobby manager's own session does not stay behind on a machine customers use.
        (await kiosk.ApiGetAsync("/api/auth/me")).ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);

        Assert.Equal("Kiosk", (string?)(await kiosk.ApiGetAsync("/api/device")).ShouldBe(HttpStatusCode.OK).Json["screen"]);
        var ticket = (await kiosk.ApiPostAsync("/api/device/tickets", new { service = "cash" })).ShouldBe(HttpStatusCode.Created).Json;
        Assert.StartsWith("C", (string?)ticket["number"]);
        var printed = (await kiosk.ApiGetAsync($"/api/device/tickets/{ticket["ticketId"]}/place")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal((bank.SubBranch, 0), ((string?)printed["branchId"], (int)printed["peopleAhead"]!));
        Assert.Single((await _md.ApiGetAsync($"/api/lobbies/{bank.SubBranch}")).ShouldBe(HttpStatusCode.OK).Json["tickets"]!.AsArray());

        foreach (var path in new[] { "/api/clients", $"/api/lobbies/{bank.SubBranch}", $"/api/collections/rooms/{bank.Branch}", "/api/worklist", $"/api/devices/{bank.SubBranch}" })
        {
            (await kiosk.ApiGetAsync(path)).ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);
        }
        (await kiosk.ApiPostAsync($"/api/lobbies/{bank.SubBranch}/tickets", new { service = "cash" })).ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);
        Assert.Empty((await kiosk.ApiGetAsync("/api/collections/rooms")).ShouldBe(HttpStatusCode.OK).Json.AsArray());

        await using var hub = await ScreensHubs.ConnectAsync(server.Host.BaseAddress, kiosk);
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinLobby, bank.SubBranch));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, bank.Branch));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync(ScreenHubProtocol.JoinInbox));
    }

    [Fact]
    public async Task A_board_device_watches_its_room_only_and_a_revoked_device_is_refused_at_once()
    {
        var bank = await BankTree.CreateAsync(_md);
        using var teamLead = await _md.NewStaffAsync(bank.SubBranch, "teamLead");
        using var board = await _md.NewStaffAsync(bank.SubBranch, "teamLead");
        var device = (await board.ApiPostAsync($"/api/devices/{bank.Branch}", new { screen = "board", name = "TV on the wall" })).ShouldBe(HttpStatusCode.Created).Json;

        Assert.Equal([bank.Branch], (await board.ApiGetAsync("/api/collections/rooms")).ShouldBe(HttpStatusCode.OK).Json.AsArray().Select(r => (string)r!["roomId"]!));
        (await board.ApiPostAsync("/api/device/tickets", new { service = "cash" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await using (var hub = await ScreensHubs.ConnectAsync(server.Host.BaseAddress, board))
        {
            Assert.Equal(bank.Branch, (string?)(await hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, bank.Branch))["roomId"]);
            await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, bank.OtherBranch));
            await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, "central"));
        }

        var listed = (await teamLead.ApiGetAsync($"/api/devices/{bank.Branch}")).ShouldBe(HttpStatusCode.OK).Json.AsArray();
        Assert.Equal((string?)device["deviceId"], (string?)Assert.Single(listed)!["deviceId"]);
        var revoked = (await teamLead.ApiPostAsync($"/api/devices/{bank.Branch}/{device["deviceId"]}/revoke", new { })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.NotNull((string?)revoked["revokedAt"]);

        (await board.ApiGetAsync("/api/device")).ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);
        (await board.ApiGetAsync("/api/collections/rooms")).ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_the_roles_that_own_a_screen_register_or_revoke_it_and_only_in_their_branch_or_room()
    {
        var bank = await BankTree.CreateAsync(_md);
        using var clientManager = await _md.NewStaffAsync(bank.SubBranch, "clientManager", "collector");
        using var otherLobbyManager = await _md.NewStaffAsync(bank.OtherBranch, "lobbyManager");
        using var lobbyManager = await _md.NewStaffAsync(bank.SubBranch, "lobbyManager");

        (await clientManager.ApiPostAsync($"/api/devices/{bank.SubBranch}", new { screen = "kiosk", name = "Kiosk" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await clientManager.ApiPostAsync($"/api/devices/{bank.Branch}", new { screen = "board", name = "TV" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await otherLobbyManager.ApiPostAsync($"/api/devices/{bank.SubBranch}", new { screen = "callingDisplay", name = "Display" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await lobbyManager.ApiPostAsync($"/api/devices/{bank.Branch}", new { screen = "board", name = "TV" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await lobbyManager.ApiPostAsync($"/api/devices/{bank.SubBranch}", new { name = "" })).ShouldBeValidationProblem("screen", "name");
        (await lobbyManager.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK); // a refused registration signs nobody out

        using var display = await _md.NewStaffAsync(bank.SubBranch, "lobbyManager");
        var registered = (await display.ApiPostAsync($"/api/devices/{bank.SubBranch}", new { screen = "callingDisplay", name = "Hall display" })).ShouldBe(HttpStatusCode.Created).Json;
        (await otherLobbyManager.ApiPostAsync($"/api/devices/{bank.SubBranch}/{registered["deviceId"]}/revoke", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await clientManager.ApiPostAsync($"/api/devices/{bank.SubBranch}/{registered["deviceId"]}/revoke", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await clientManager.ApiGetAsync($"/api/devices/{bank.SubBranch}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal("CallingDisplay", (string?)(await display.ApiGetAsync("/api/device")).ShouldBe(HttpStatusCode.OK).Json["screen"]);
    }
}
