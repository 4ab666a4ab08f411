using Actors.Domain;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain.Lobby;
using Actors.Grains.Tests.Support;
using static Actors.Grains.Tests.Lobby.LobbyKit;

namespace Actors.Grains.Tests.Lobby;

/// <summary>The lobby manager's console (as in Qmatic Orchestra): call a ticket by name, send one to a desk, void, park and re-queue, breaks.</summary>
[Collection(GridCollection.Name)]
public sealed class LobbyFloorTests(GridClusterFixture fixture)
{
    [Fact]
    public async Task The_lobby_manager_calls_a_ticket_out_of_turn_to_a_free_desk_and_sends_a_waiting_one_to_the_VIP_room()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        await kit.Desk("vip", DeskKind.VipRoom, ServiceType.Wealth);
        var c1 = await kit.Ticket(ServiceType.Cash);
        var c2 = await kit.Ticket(ServiceType.Cash);
        var c3 = await kit.Ticket(ServiceType.Cash);
        var loans = await kit.Ticket(ServiceType.Loans);
        kit.At(Minutes(2));

        var called = Ok(await kit.Lobby.CallTicket("counter-1", c3.TicketId));
        Assert.Equal((c3.TicketId, TicketStatus.Called, "counter-1", c3.TicketId), (called.Ticket!.TicketId, called.Ticket.Status, called.Ticket.DeskId, called.Desk.CurrentTicketId));
        Refused(RefusalKind.Conflict, await kit.Lobby.CallTicket("counter-1", c1.TicketId)); // the desk is busy
        Refused(RefusalKind.Conflict, await kit.Lobby.CallTicket("vip", c3.TicketId));       // already at a desk
        Refused(RefusalKind.NotFound, await kit.Lobby.CallTicket("vip", "no-such-ticket"));
        // A desk that does not offer the service still takes a ticket the lobby manager sends it by name.
        Assert.Equal(loans.TicketId, Ok(await kit.Lobby.CallTicket("vip", loans.TicketId)).Ticket!.TicketId);
        Ok(await kit.Lobby.Finish("vip", "loan enquiry taken"));

        var sent = Ok(await kit.Lobby.SendTicket(c2.TicketId, "vip"));
        Assert.Equal(("vip", TicketStatus.Waiting, kit.Morning), (sent.DeskId, sent.Status, sent.WaitingSince)); // same wait, same place
        Assert.Equal(c1.TicketId, (await kit.CallNext("counter-1"))!.TicketId); // C002 waits for the VIP room only
        Assert.Equal(c2.TicketId, (await kit.CallNext("vip"))!.TicketId);
        var late = await kit.Ticket(ServiceType.Cash);
        Refused(RefusalKind.Invalid, await kit.Lobby.SendTicket(late.TicketId, "nowhere"), "toDeskId");
        Refused(RefusalKind.Conflict, await kit.Lobby.SendTicket(c1.TicketId, "vip")); // already at a desk
    }

    [Fact]
    public async Task A_parked_customer_leaves_the_desk_free_and_comes_back_in_the_old_place_a_voided_ticket_is_gone_for_good()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        var parkedOne = await kit.Ticket(ServiceType.Cash);
        var other = await kit.Ticket(ServiceType.Cash);
        var leaver = await kit.Ticket(ServiceType.Cash);
        await kit.CallNext("counter-1");
        Ok(await kit.Lobby.StartService("counter-1"));
        kit.At(Minutes(5));

        var parked = Ok(await kit.Lobby.Park("counter-1"));
        Assert.Equal((TicketStatus.Parked, DeskStatus.Idle), (parked.Ticket!.Status, parked.Desk.Status));
        Refused(RefusalKind.Conflict, await kit.Lobby.Requeue(other.TicketId));

        var voided = Ok(await kit.Lobby.VoidTicket(leaver.TicketId, "left without being served", "lm-1"));
        Assert.Equal((TicketStatus.Voided, kit.Morning.AddMinutes(5)), (voided.Status, voided.FinishedAt));
        Refused(RefusalKind.Conflict, await kit.Lobby.VoidTicket(leaver.TicketId, "again", "lm-1"));

        kit.At(Minutes(8));
        var back = Ok(await kit.Lobby.Requeue(parkedOne.TicketId));
        Assert.Equal((TicketStatus.Waiting, kit.Morning.AddMinutes(8)), (back.Status, back.WaitingSince));
        Assert.Equal(parkedOne.TicketId, (await kit.CallNext("counter-1"))!.TicketId); // issued first: first again
        Assert.Equal(other.TicketId, (await kit.CallNext("counter-1"))!.TicketId);
        Assert.Null(await kit.CallNext("counter-1")); // the voided ticket is not called

        var figures = (await kit.Lobby.GetDay(DateOnly.FromDateTime(kit.Morning.DateTime)))!;
        Assert.Equal((3, 2, 1, false), (figures.Total.Issued, figures.Total.Served, figures.Total.Voided, figures.Closed));
    }

    [Fact]
    public async Task A_desk_on_a_break_is_not_called_to_and_call_next_brings_it_back()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        var ticket = await kit.Ticket(ServiceType.Cash);

        Assert.Equal(DeskStatus.OnBreak, Ok(await kit.Lobby.Break("counter-1", true)).Status);
        Refused(RefusalKind.Conflict, await kit.Lobby.CallTicket("counter-1", ticket.TicketId));
        var place = (await kit.Lobby.PlaceOf(ticket.TicketId))!;
        Assert.Equal((0, 0), (place.PeopleAhead, place.ExpectedWaitMinutes));

        var back = Ok(await kit.Lobby.CallNext("counter-1"));
        Assert.Equal((DeskStatus.Calling, ticket.TicketId), (back.Desk.Status, back.Ticket!.TicketId));
        Refused(RefusalKind.Conflict, await kit.Lobby.Break("counter-1", true)); // a customer at the desk first
    }

    [Fact]
    public async Task The_kiosk_ticket_says_how_many_are_ahead_and_about_how_long_the_wait_is()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        await kit.Desk("counter-2", DeskKind.Counter, ServiceType.Cash);
        await kit.Ticket(ServiceType.Cash);
        await kit.Ticket(ServiceType.Wealth, amount: 500_000m); // another queue
        await kit.Ticket(ServiceType.Cash);
        var third = await kit.Ticket(ServiceType.Cash);

        var place = (await kit.Lobby.PlaceOf(third.TicketId))!;
        // Two cash customers ahead, two cash desks, nobody served yet today: the rules' five minutes each.
        Assert.Equal((2, 5), (place.PeopleAhead, place.ExpectedWaitMinutes));
        Assert.Null(await kit.Lobby.PlaceOf("no-such-ticket"));
    }
}
