using Actors.Domain.Lobby;

namespace Actors.Domain.Tests.Lobby;

public class LobbyFiguresTests
{
    private static DayTicket Ticket(TicketEnd? end, double waited = 0, double served = 0, bool called = true, bool breached = false) =>
        new(end, TimeSpan.FromMinutes(waited), TimeSpan.FromMinutes(served), called, breached);

    [Fact]
    public void A_days_figures_count_every_end_and_average_the_waits_of_those_called_and_the_service_of_those_served()
    {
        var figures = LobbyFigures.Of(
        [
            Ticket(TicketEnd.Served, waited: 4, served: 6),
            Ticket(TicketEnd.Served, waited: 10, served: 2, breached: true),
            Ticket(TicketEnd.NoShow, waited: 7),
            Ticket(TicketEnd.NotServedAtClose, waited: 40, called: false, breached: true),
            Ticket(TicketEnd.NotServedAtClose, waited: 3, called: false),
            Ticket(TicketEnd.Voided, waited: 1, called: false),
        ]);

        Assert.Equal(new LobbyFigures(Issued: 6, Served: 2, NoShows: 1, NotServedAtClose: 2, Voided: 1,
            AverageWaitMinutes: 7, AverageServiceMinutes: 4, SlaBreaches: 2), figures);
    }

    [Fact]
    public void A_day_without_tickets_is_all_zeros() =>
        Assert.Equal(new LobbyFigures(0, 0, 0, 0, 0, 0, 0, 0), LobbyFigures.Of([]));

    [Fact]
    public void A_ticket_still_open_is_issued_but_not_yet_counted_in_any_end() =>
        Assert.Equal((1, 0, 0), (LobbyFigures.Of([Ticket(null)]).Issued, LobbyFigures.Of([Ticket(null)]).Served, LobbyFigures.Of([Ticket(null)]).NotServedAtClose));
}
