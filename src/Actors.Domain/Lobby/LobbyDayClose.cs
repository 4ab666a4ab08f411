namespace Actors.Domain.Lobby;

/// <summary>Where an open ticket stands when time alone may close it.</summary>
public enum OpenTicket { Waiting, Called, Serving, Parked }

/// <summary>How a ticket left the lobby, for the day's figures.</summary>
public enum TicketEnd { Served, NoShow, NotServedAtClose, Voided }

/// <summary>An open ticket as the day's close leaves it.</summary>
public sealed record ClosedAtDayEnd(TicketEnd End, TicketTimes Times, bool SlaBreached);

/// <summary>
/// The branch's business day ends (brief §4, our default 18:30, <see cref="LobbyRules.DayEndsAt"/>): every ticket still
/// open closes at that instant, whenever the lobby gets to know it (a silo down over the close catches up later with the
/// same result). A customer at a desk is served until then; everyone else was not served. A ticket issued after the close
/// closes at midnight, so nothing of one day is ever carried into the next, and numbering restarts on each new day.
/// </summary>
public static class LobbyDayClose
{
    /// <summary>The close of a business day, as an instant.</summary>
    public static DateTimeOffset ClosesAt(DateOnly day, TimeOnly dayEndsAt, BusinessClock clock) => clock.At(day, dayEndsAt);

    /// <summary>Midnight after a business day: its figures are final, and the next day starts empty.</summary>
    public static DateTimeOffset EndsAt(DateOnly day, BusinessClock clock) => clock.StartOf(day.AddDays(1));

    /// <summary>When time alone closes a ticket issued at <paramref name="issuedAt"/>: its day's close, or that day's end for a late one.</summary>
    public static DateTimeOffset ClosingOf(DateTimeOffset issuedAt, TimeOnly dayEndsAt, BusinessClock clock)
    {
        var day = clock.DateOf(issuedAt);
        var close = ClosesAt(day, dayEndsAt, clock);
        return issuedAt < close ? close : EndsAt(day, clock);
    }

    /// <summary>
    /// A ticket closed by the day's end at <paramref name="at"/>. A wait that reached its target by then counts as a breach
    /// (judged at the close, not at the moment a late silo learns of it); time at a desk before service started is no service.
    /// </summary>
    public static ClosedAtDayEnd Close(OpenTicket stage, TicketTimes times, bool premium, bool breached, DateTimeOffset at, LobbyRules rules) => stage switch
    {
        OpenTicket.Serving => new(TicketEnd.Served, times.Finished(at), breached),
        OpenTicket.Waiting => new(TicketEnd.NotServedAtClose, times.WaitEnded(at), breached || ServiceLevel.IsBreached(times.WaitingSince, premium, at, rules)),
        OpenTicket.Called => new(TicketEnd.NotServedAtClose, times.NoShow(), breached),
        OpenTicket.Parked => new(TicketEnd.NotServedAtClose, times, breached),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "unknown stage"),
    };
}
