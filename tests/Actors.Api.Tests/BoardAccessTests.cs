using System.Net;
using System.Text.Json.Nodes;
using Actors.Contracts.Screens;
using Actors.Screens;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Actors.Api.Tests;

/// <summary>
/// A collections room's wall board is its own staff's (brief §5): the collectors, team leads, heads and management of the
/// branch and its sub-branches, and heads and management above it; the central room is head office's.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BoardAccessTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    [Fact]
    public async Task A_sub_branchs_collector_and_team_lead_watch_their_branchs_room_and_nobody_else_does()
    {
        var bank = await BankTree.CreateAsync(_md);
        using var collector = await _md.NewStaffAsync(bank.SubBranch, "collector");
        using var teamLead = await _md.NewStaffAsync(bank.SubBranch, "teamLead", "clientManager");
        using var head = await _md.NewStaffAsync(bank.Branch, "institutionHead");
        using var clientManager = await _md.NewStaffAsync(bank.SubBranch, "clientManager", "lobbyManager", "riskOfficer");
        using var otherCollector = await _md.NewStaffAsync(bank.OtherBranch, "collector");
        using var headOfficeCollector = await _md.NewStaffAsync(bank.HeadOffice, "collector");

        foreach (var watcher in new[] { collector, teamLead, head, _md })
        {
            var board = (await watcher.ApiGetAsync($"/api/collections/rooms/{bank.Branch}")).ShouldBe(HttpStatusCode.OK).Json;
            Assert.Equal(bank.Branch, (string?)board["roomId"]);
        }
        (await clientManager.ApiGetAsync($"/api/collections/rooms/{bank.Branch}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await otherCollector.ApiGetAsync($"/api/collections/rooms/{bank.Branch}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await headOfficeCollector.ApiGetAsync($"/api/collections/rooms/{bank.Branch}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        // A sub-branch is no room: its loans are worked in its branch's (the all-zero board it used to open).
        (await collector.ApiGetAsync($"/api/collections/rooms/{bank.SubBranch}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await headOfficeCollector.ApiGetAsync($"/api/collections/rooms/{ScreenStreams.CentralRoom}")).ShouldBe(HttpStatusCode.OK);
        (await collector.ApiGetAsync($"/api/collections/rooms/{ScreenStreams.CentralRoom}")).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.Equal([bank.Branch], await RoomsAsync(collector));
        Assert.Equal([bank.Branch], await RoomsAsync(teamLead));
        Assert.Equal([bank.OtherBranch], await RoomsAsync(otherCollector));
        Assert.Empty(await RoomsAsync(clientManager));
        var management = await RoomsAsync(_md);
        Assert.Equal(ScreenStreams.CentralRoom, management[0]);
        Assert.Contains(bank.Branch, management);
        Assert.Contains(bank.OtherBranch, management);
        Assert.DoesNotContain(bank.SubBranch, management);
    }

    [Fact]
    public async Task The_hub_lets_a_sub_branchs_collector_watch_the_branch_board_and_refuses_another_rooms_in_words()
    {
        var bank = await BankTree.CreateAsync(_md);
        using var collector = await _md.NewStaffAsync(bank.SubBranch, "collector");
        await using var hub = await ScreensHubs.ConnectAsync(server.Host.BaseAddress, collector);

        var view = await hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, bank.Branch);
        Assert.Equal(bank.Branch, (string?)view["roomId"]);
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, bank.OtherBranch));
        Assert.Contains($"There is no room '{bank.OtherBranch}' you can watch", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, bank.SubBranch));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, ScreenStreams.CentralRoom));
    }

    private static async Task<List<string>> RoomsAsync(HttpClient staff) =>
        [.. (await staff.ApiGetAsync("/api/collections/rooms")).ShouldBe(HttpStatusCode.OK).Json.AsArray().Select(r => (string)r!["roomId"]!)];
}
