using Actors.Domain;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain.Lobby;
using Actors.Grains.Tests.Support;
using static Actors.Grains.Tests.Lobby.LobbyKit;

namespace Actors.Grains.Tests.Lobby;

[Collection(GridCollection.Name)]
public sealed class LobbyDeskTests(GridClusterFixture fixture)
{
    [Fact]
    public async Task Desks_call_their_services_in_issue_order_and_the_VIP_room_takes_premium_customers_first()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash, ServiceType.Remittance);
        await kit.Desk("vip-1", DeskKind.VipRoom, ServiceType.Cash, ServiceType.Wealth);
        var c1 = await kit.Ticket(ServiceType.Cash);
        var c2 = await kit.Ticket(ServiceType.Cash);
        var r1 = await kit.Ticket(ServiceType.Remittance);
        var c3 = await kit.Ticket(ServiceType.Cash, declared: CustomerDeclaration.VipCardThisBank);
        var w1 = await kit.Ticket(ServiceType.Wealth);
        Assert.Equal(["C001", "C002", "R001", "C003", "W001"], new[] { c1, c2, r1, c3, w1 }.Select(t => t.Number));

        Assert.Equal(c3.TicketId, (await kit.CallNext("vip-1"))!.TicketId);   // premium first, though issued fourth
        Assert.Equal(c1.TicketId, (await kit.CallNext("counter-1"))!.TicketId);
        Ok(await kit.Lobby.Finish("counter-1", "served"));
        Assert.Equal(c2.TicketId, (await kit.CallNext("counter-1"))!.TicketId);
        Ok(await kit.Lobby.Finish("counter-1", "served"));
        Assert.Equal(r1.TicketId, (await kit.CallNext("counter-1"))!.TicketId);
        Ok(await kit.Lobby.Finish("counter-1", "served"));
        var idle = Ok(await kit.Lobby.CallNext("counter-1"));               // W001 is not a counter's service
        Assert.Null(idle.Ticket);
        Assert.Null(idle.Desk.CurrentTicketId);

        Ok(await kit.Lobby.Finish("vip-1", "served"));
        Assert.Equal(w1.TicketId, (await kit.CallNext("vip-1"))!.TicketId);  // no premium waiting: the VIP room still serves
    }

    [Fact]
    public async Task A_desk_holds_one_customer_at_a_time_call_next_finishes_it_and_a_closed_desk_calls_nobody()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        var first = await kit.Ticket(ServiceType.Cash);
        await kit.Ticket(ServiceType.Cash);
        await kit.Ticket(ServiceType.Cash);
        var called = Ok(await kit.Lobby.CallNext("counter-1"));
        Assert.Equal((TicketStatus.Called, "counter-1"), (called.Ticket!.Status, called.Ticket.DeskId));
        Assert.Equal(called.Ticket.TicketId, called.Desk.CurrentTicketId);
        Assert.Equal(DeskStatus.Calling, called.Desk.Status);

        kit.At(Minutes(3));
        // The teller's one button: the customer at the desk is done, the next one is called.
        var next = Ok(await kit.Lobby.CallNext("counter-1"));
        Assert.NotEqual(first.TicketId, next.Ticket!.TicketId);
        Assert.Equal((TicketStatus.Finished, kit.Morning.AddMinutes(3)), Finished(await kit.View(first.TicketId)));
        Assert.Equal((1, 3.0), (next.Desk.ServedToday, next.Desk.AverageServiceMinutes));

        Refused(RefusalKind.Conflict, await kit.Lobby.CloseDesk("counter-1"));
        Refused(RefusalKind.NotFound, await kit.Lobby.CallNext("no-such-desk"));
        Ok(await kit.Lobby.Finish("counter-1", "served"));
        Assert.False(Ok(await kit.Lobby.CloseDesk("counter-1")).Open);
        Refused(RefusalKind.Conflict, await kit.Lobby.CallNext("counter-1"));
        Assert.True((await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash)).Open);
        Assert.NotNull(await kit.CallNext("counter-1"));
    }

    private static (TicketStatus, DateTimeOffset?) Finished(TicketView t) => (t.Status, t.FinishedAt);

    [Fact]
    public async Task A_transferred_customer_keeps_the_number_and_the_place_in_the_new_queue_or_waits_for_the_named_desk()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        await kit.Desk("wealth-1", DeskKind.ClientManagerDesk, ServiceType.Wealth);
        await kit.Desk("vip-1", DeskKind.VipRoom, ServiceType.Wealth);
        var cash = await kit.Ticket(ServiceType.Cash);
        var wealth = await kit.Ticket(ServiceType.Wealth);
        await kit.CallNext("counter-1");
        kit.At(Minutes(4));

        var moved = Ok(await kit.Lobby.Transfer("counter-1", new TicketTransfer(ServiceType.Wealth, null)));
        Assert.Null(moved.Desk.CurrentTicketId);
        Assert.Equal((cash.Number, ServiceType.Wealth, TicketStatus.Transferred), (moved.Ticket!.Number, moved.Ticket.Service, moved.Ticket.Status));
        Assert.Equal(kit.Morning.AddMinutes(4 + 15), moved.Ticket.SlaDueAt); // a new wait starts
        var stats = (await kit.Lobby.GetView())!.Stats;
        Assert.Equal((2, 0), (stats.Waiting, stats.Serving));

        Assert.Equal(cash.TicketId, (await kit.CallNext("wealth-1"))!.TicketId); // issued before W001
        var sent = Ok(await kit.Lobby.Transfer("wealth-1", new TicketTransfer(null, "vip-1")));
        Assert.Equal("vip-1", sent.Ticket!.DeskId);
        Assert.Equal(wealth.TicketId, (await kit.CallNext("wealth-1"))!.TicketId);
        Assert.Equal(cash.TicketId, (await kit.CallNext("vip-1"))!.TicketId);

        Refused(RefusalKind.Invalid, await kit.Lobby.Transfer("vip-1", new TicketTransfer(null, "no-such-desk")), "toDeskId");
        Refused(RefusalKind.Invalid, await kit.Lobby.Transfer("vip-1", new TicketTransfer(null, null)), "toService");
    }

    [Fact]
    public async Task A_called_customer_who_never_comes_is_a_no_show_and_one_at_the_desk_cannot_be()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Enquiry);
        var absent = await kit.Ticket(ServiceType.Enquiry);
        var present = await kit.Ticket(ServiceType.Enquiry);
        await kit.CallNext("counter-1");
        kit.At(Minutes(1));
        var recalled = Ok(await kit.Lobby.Recall("counter-1"));
        Assert.Equal(kit.Morning.AddMinutes(1), recalled.Ticket!.CalledAt);

        var noShow = Ok(await kit.Lobby.NoShow("counter-1"));
        Assert.Equal((absent.TicketId, TicketStatus.NoShow), (noShow.Ticket!.TicketId, noShow.Ticket.Status));
        Assert.Null(noShow.Desk.CurrentTicketId);
        Refused(RefusalKind.Conflict, await kit.Lobby.NoShow("counter-1"));

        await kit.CallNext("counter-1");
        Assert.Equal((present.TicketId, TicketStatus.Serving), Pair(Ok(await kit.Lobby.StartService("counter-1")).Ticket!));
        Refused(RefusalKind.Conflict, await kit.Lobby.NoShow("counter-1"));
        Refused(RefusalKind.Conflict, await kit.Lobby.Recall("counter-1"));
        var stats = (await kit.Lobby.GetView())!.Stats;
        Assert.Equal((1, 0, 1), (stats.NoShowsToday, stats.FinishedToday, stats.Serving));
    }

    [Fact]
    public async Task Finishing_tickets_gives_todays_counts_and_average_wait_and_service_minutes()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        await kit.Ticket(ServiceType.Cash);
        await kit.Ticket(ServiceType.Cash);

        kit.At(Minutes(4));
        await kit.CallNext("counter-1");
        Ok(await kit.Lobby.StartService("counter-1"));
        kit.At(Minutes(10));
        var finished = Ok(await kit.Lobby.Finish("counter-1", "deposit made"));
        Assert.Equal((TicketStatus.Finished, "deposit made", kit.Morning.AddMinutes(10)), (finished.Ticket!.Status, finished.Ticket.Outcome, finished.Ticket.FinishedAt));
        await kit.CallNext("counter-1");
        kit.At(Minutes(12));
        Ok(await kit.Lobby.Finish("counter-1", "withdrawal"));

        var view = (await kit.Lobby.GetView())!;
        // Waits 4 and 10 minutes; service 6 and 2 minutes.
        Assert.Equal(new LobbyStats(Waiting: 0, Serving: 0, FinishedToday: 2, NoShowsToday: 0, SlaBreachesNow: 0, AverageWaitMinutes: 7, AverageServiceMinutes: 4), view.Stats);
        var delta = await kit.Delta(d => d.Seq == view.Seq, "the last finish reaches the screen");
        Assert.Equal(view.Stats, delta.Stats);
    }

    private static (string, TicketStatus) Pair(TicketView t) => (t.TicketId, t.Status);
}
