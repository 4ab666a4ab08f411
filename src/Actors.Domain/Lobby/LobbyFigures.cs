namespace Actors.Domain.Lobby;

/// <summary>A ticket of the day as the figures count it: how it ended (null: still open) and its times.</summary>
public sealed record DayTicket(TicketEnd? End, TimeSpan Waited, TimeSpan Served, bool EverCalled, bool SlaBreached);

/// <summary>
/// A lobby's figures for a set of tickets (a day, or one service of it): how many were issued, served, did not come when
/// called, were not served by the close, were voided; the average wait of those called and the average service of those
/// served, in minutes to the hundredth; and how many waits reached their target.
/// </summary>
public sealed record LobbyFigures(
    int Issued, int Served, int NoShows, int NotServedAtClose, int Voided, double AverageWaitMinutes, double AverageServiceMinutes, int SlaBreaches)
{
    public static LobbyFigures Of(IEnumerable<DayTicket> tickets)
    {
        var all = tickets.ToList();
        var served = all.Where(t => t.End == TicketEnd.Served).ToList();
        return new LobbyFigures(
            Issued: all.Count,
            Served: served.Count,
            NoShows: all.Count(t => t.End == TicketEnd.NoShow),
            NotServedAtClose: all.Count(t => t.End == TicketEnd.NotServedAtClose),
            Voided: all.Count(t => t.End == TicketEnd.Voided),
            AverageWaitMinutes: LobbyDay.AverageMinutes(all.Where(t => t.EverCalled).Select(t => t.Waited)),
            AverageServiceMinutes: LobbyDay.AverageMinutes(served.Select(t => t.Served)),
            SlaBreaches: all.Count(t => t.SlaBreached));
    }
}
