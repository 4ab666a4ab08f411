using Actors.Contracts;
using Actors.Contracts.Screens;
using Actors.Screens.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Actors.Screens.Tests;

/// <summary>A lobby manager's screen over a real SignalR connection to a real silo: view on join, then live changes.</summary>
[Collection(ScreenCollection.Name)]
public sealed class LobbyScreenTests(ScreenServerFixture server)
{
    private ScreenHost Host => server.Host;

    [Fact]
    public async Task Joining_a_lobby_answers_its_view_and_a_new_ticket_then_arrives_as_a_delta()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        await using var screen = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);

        var view = await screen.JoinLobby(branch);
        Assert.Equal(branch, view.BranchId);
        Assert.Empty(view.Tickets);

        var ticket = await server.Http.IssueTicketAsync(branch);

        var delta = Assert.Single(await Eventually.Until(() => screen.LobbyDeltas, d => d.Count > 0, "the ticket's delta arrives"));
        Assert.Equal((branch, view.Seq), (delta.BranchId, delta.FromSeq));
        Assert.True(delta.Seq > view.Seq);
        var shown = Assert.Single(delta.Tickets);
        Assert.Equal((ticket.TicketId, ticket.Number, ServiceType.Cash, TicketStatus.Waiting), (shown.TicketId, shown.Number, shown.Service, shown.Status));
    }

    [Fact]
    public async Task The_wire_is_camelCase_JSON_with_enums_by_name()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        await using var screen = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);
        await screen.JoinLobby(branch);

        await server.Http.IssueTicketAsync(branch);

        var raw = Assert.Single(await Eventually.Until(() => screen.RawLobbyDeltas, d => d.Count > 0, "the ticket's delta arrives"));
        Assert.Equal(branch, raw.GetProperty("branchId").GetString());
        var ticket = raw.GetProperty("tickets")[0];
        Assert.Equal("Cash", ticket.GetProperty("service").GetString());
        Assert.Equal("Waiting", ticket.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_screen_that_misses_a_delta_sees_the_gap_and_rejoins_to_the_latest_view()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        await using var screen = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);
        var view = await screen.JoinLobby(branch);
        screen.DropNextLobbyDeltas = 1;

        var lost = await server.Http.IssueTicketAsync(branch);
        await Eventually.Until(() => screen.DropNextLobbyDeltas, n => n == 0, "the first delta is lost on the way");
        var next = await server.Http.IssueTicketAsync(branch);

        var delta = Assert.Single(await Eventually.Until(() => screen.LobbyDeltas, d => d.Count > 0, "the next delta arrives"));
        Assert.NotEqual(view.Seq, delta.FromSeq);

        // What dashboard-web does on a gap: join again for a whole view.
        var fresh = await screen.JoinLobby(branch);
        Assert.Equal(delta.Seq, fresh.Seq);
        Assert.Equal([lost.TicketId, next.TicketId], fresh.Tickets.Select(t => t.TicketId).Order());
    }

    [Fact]
    public async Task A_screen_whose_network_drops_reconnects_by_itself_and_catches_up_on_rejoining()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        await using var screen = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);
        await screen.JoinLobby(branch);

        screen.LoseNetwork();
        var whileAway = await server.Http.IssueTicketAsync(branch);

        await Eventually.Until(() => (screen.Reconnects, screen.Connection.State), r => r.Reconnects == 1 && r.State == HubConnectionState.Connected,
            "the connection is back on its own");
        var view = await screen.JoinLobby(branch);
        Assert.Contains(view.Tickets, t => t.TicketId == whileAway.TicketId);

        var after = await server.Http.IssueTicketAsync(branch);
        var delta = Assert.Single(await Eventually.Until(() => screen.LobbyDeltas, d => d.Any(x => x.Tickets.Any(t => t.TicketId == after.TicketId)),
            "the new connection receives deltas"), d => d.Tickets.Any(t => t.TicketId == after.TicketId));
        // It continues the view (it may also repeat a change the view already holds, if that was still on its way).
        Assert.InRange(view.Seq, delta.FromSeq, delta.Seq - 1);
    }

    [Fact]
    public async Task A_burst_of_deltas_reaches_the_screen_as_a_few_messages_ending_at_the_last_seq()
    {
        const int Burst = 1000;
        var branch = await Branches.RegisterAsync(server.Http);
        await using var screen = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);
        var view = await screen.JoinLobby(branch);

        // A producer publishing faster than any screen could redraw: straight onto the lobby's stream.
        var stream = Host.Cluster.GetStreamProvider(GridStreams.ProviderName).GetStream<LobbyDelta>(ScreenStreams.Lobby(branch));
        for (var i = 1; i <= Burst; i++)
        {
            var ticket = Deltas.Ticket($"burst-{i % 10}") with { Number = $"A{i:000}" };
            await stream.OnNextAsync(new LobbyDelta(branch, view.Seq + i - 1, view.Seq + i, view.At, [ticket], [], null, [], null));
        }

        var deltas = await Eventually.Until(() => screen.LobbyDeltas, d => d.Count > 0 && d[^1].Seq == view.Seq + Burst, "the last delta's seq arrives");
        Assert.True(deltas.Count <= 10, $"{Burst} deltas came as {deltas.Count} messages");
        Assert.Equal(view.Seq, deltas[0].FromSeq);
        Assert.All(deltas.Zip(deltas.Skip(1)), pair => Assert.Equal(pair.First.Seq, pair.Second.FromSeq));
        Assert.Equal(10, deltas.SelectMany(d => d.Tickets).DistinctBy(t => t.TicketId).Count());
    }

    [Fact]
    public async Task Two_screens_on_one_lobby_each_get_every_delta_once()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        await using var first = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);
        await using var second = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);
        await first.JoinLobby(branch);
        await second.JoinLobby(branch);

        foreach (var n in new[] { 1, 2 })
        {
            var ticket = await server.Http.IssueTicketAsync(branch);
            foreach (var screen in new[] { first, second })
            {
                await Eventually.Until(() => screen.LobbyDeltas, d => d.Any(x => x.Tickets.Any(t => t.TicketId == ticket.TicketId)), $"ticket {n} reaches both screens");
            }
        }

        // A second subscription of this host would have sent the first ticket twice, before the second one.
        Assert.Equal(2, first.LobbyDeltas.Count);
        Assert.Equal(2, second.LobbyDeltas.Count);
    }

    [Fact]
    public async Task A_screen_that_left_a_lobby_receives_no_more_of_its_deltas()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        await using var leaving = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);
        await using var staying = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);
        await leaving.JoinLobby(branch);
        await staying.JoinLobby(branch);

        await leaving.LeaveLobby(branch);
        await server.Http.IssueTicketAsync(branch);

        await Eventually.Until(() => staying.LobbyDeltas, d => d.Count > 0, "the screen still watching gets the delta");
        Assert.Empty(leaving.LobbyDeltas);
    }

    public static TheoryData<string, string> BadIds => new()
    {
        { "", "branchId is required" },
        { "   ", "branchId is required" },
        { new string('b', 65), "branchId must be at most 64 characters" },
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task A_bad_branch_id_is_refused_with_a_message_naming_it(string branchId, string message)
    {
        await using var screen = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);

        var error = await Assert.ThrowsAsync<HubException>(() => screen.JoinLobby(branchId));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task An_unregistered_branch_is_refused_and_not_watched()
    {
        await using var screen = await ScreenClient.ConnectAsync(Host.BaseAddress, server.Cookies);

        var error = await Assert.ThrowsAsync<HubException>(() => screen.JoinLobby("no-such-branch"));

        Assert.Contains("no-such-branch", error.Message);
    }
}
