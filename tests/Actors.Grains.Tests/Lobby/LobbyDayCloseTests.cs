using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Grains.Tests.Support;
using static Actors.Grains.Tests.Lobby.LobbyKit;

namespace Actors.Grains.Tests.Lobby;

[Collection(GridCollection.Name)]
public sealed class LobbyDayCloseTests(GridClusterFixture fixture)
{
    [Fact]
    public async Task At_18_30_open_tickets_close_not_served_and_desks_are_released_then_at_midnight_the_day_is_kept_and_the_next_starts_empty()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        var served = await kit.Ticket(ServiceType.Cash);
        var atDesk = await kit.Ticket(ServiceType.Cash);
        var waiting = await kit.Ticket(ServiceType.Cash);
        var wealth = await kit.Ticket(ServiceType.Wealth);
        await kit.CallNext("counter-1");
        kit.At(Minutes(4));
        await kit.CallNext("counter-1"); // finishes the first customer, calls the second
        Ok(await kit.Lobby.StartService("counter-1"));

        kit.At(TimeSpan.FromHours(9.5)); // 18:30, by the lobby's own clock
        var close = await kit.Delta(d => d.Day?.Closed == true, "the close reaches the screen", nudge: true);
        Assert.Equal(Cst.At(DateOnly.FromDateTime(kit.Morning.DateTime), 18, 30), close.Day!.ClosesAt);
        var evening = (await kit.Lobby.GetView())!;
        Assert.Equal(TicketStatus.Finished, evening.Tickets.Single(t => t.TicketId == served.TicketId).Status);
        Assert.Equal((TicketStatus.Finished, kit.Morning.AddHours(9.5)), Pair(evening.Tickets.Single(t => t.TicketId == atDesk.TicketId)));
        Assert.All(evening.Tickets.Where(t => t.TicketId == waiting.TicketId || t.TicketId == wealth.TicketId),
            t => Assert.Equal((TicketStatus.NotServed, kit.Morning.AddHours(9.5)), Pair(t)));
        var desk = Assert.Single(evening.Desks);
        Assert.Equal((false, DeskStatus.Closed, null, 2), (desk.Open, desk.Status, desk.CurrentTicketId, desk.ServedToday));
        Assert.Equal((0, 0, 2, 2), (evening.Stats.Waiting, evening.Stats.Serving, evening.Stats.FinishedToday, evening.Stats.NotServedToday));

        var today = DateOnly.FromDateTime(kit.Morning.DateTime);
        kit.At(TimeSpan.FromHours(15)); // midnight
        await kit.Delta(d => d.RemovedTickets.Count == 4, "the day's tickets leave the screen at midnight", nudge: true);
        var figures = (await fixture.Grid.Client.GetGrain<ILobbyDayGrain>(ILobbyDayGrain.Key(kit.Network.InstitutionId, today)).Get())!;
        Assert.Equal((4, 2, 2, 0, true), (figures.Total.Issued, figures.Total.Served, figures.Total.NotServedAtClose, figures.Total.NoShows, figures.Closed));
        Assert.Equal([(ServiceType.Cash, 3, 1), (ServiceType.Wealth, 1, 1)], figures.Services.Select(f => (f.Service, f.Figures.Issued, f.Figures.NotServedAtClose)));
        Assert.Equivalent(figures, await kit.Lobby.GetDay(today), strict: true);

        var nextDay = (await kit.Lobby.GetView())!;
        Assert.Equal((0, today.AddDays(1), false), (nextDay.Tickets.Count, nextDay.Day.Date, nextDay.Day.Closed));
        Assert.Equal(new LobbyStats(0, 0, 0, 0, 0, 0, 0, 0), nextDay.Stats);
        Assert.Equal("C001", (await kit.Ticket(ServiceType.Cash)).Number);
        Assert.Null(await kit.Lobby.GetDay(today.AddDays(2)));
    }

    [Fact]
    public async Task A_ticket_issued_after_the_close_is_closed_at_midnight_and_counts_in_its_own_day()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        var today = DateOnly.FromDateTime(kit.Morning.DateTime);
        kit.At(TimeSpan.FromHours(10)); // 19:00: the day has closed
        var late = await kit.Ticket(ServiceType.Enquiry);
        Assert.Equal(TicketStatus.Waiting, late.Status);

        kit.At(TimeSpan.FromHours(15));
        var figures = await Eventually.Until(() => kit.Lobby.GetDay(today), f => f!.Closed, "the day ends", fixture.Grid.Clock);
        Assert.Equal((1, 1), (figures!.Total.Issued, figures.Total.NotServedAtClose));
    }

    private static (TicketStatus, DateTimeOffset?) Pair(TicketView t) => (t.Status, t.FinishedAt);
}
