using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>What time alone did to a lobby: whether anything changed, and the business days that ended (their figures, to keep).</summary>
internal sealed record CaughtUp(bool Changed, IReadOnlyList<LobbyDayFigures> Ended)
{
    public static CaughtUp Nothing { get; } = new(false, []);

    public CaughtUp And(CaughtUp later) => new(Changed || later.Changed, [.. Ended, .. later.Ended]);
}

/// <summary>
/// What time alone does to a lobby: the day closes (<see cref="LobbyDayClose"/>), the day ends at midnight (its figures are
/// kept, its tickets leave, numbering restarts), waits reach their target, and closed complaints of earlier days drop off.
/// Everything happens at its rule's instant, however late the lobby learns of it: a restart at any moment, or a silo down
/// over the close and midnight, ends in the same state.
/// </summary>
internal static class LobbyTime
{
    public static CaughtUp CatchUp(LobbyState s, string branchId, DateTimeOffset now, LobbyRules rules, BusinessClock clock)
    {
        var today = clock.DateOf(now);
        var changed = false;
        var ended = new List<LobbyDayFigures>();
        var day = s.Day ??= s.Tickets.Count == 0 ? today : s.Tickets.Min(t => clock.DateOf(t.IssuedAt));
        while (true)
        {
            var closesAt = LobbyDayClose.ClosesAt(day, rules.DayEndsAt, clock);
            if (!s.DayClosed && now >= closesAt)
            {
                CloseOpenTickets(s, closesAt, rules, clock);
                s.DayClosed = changed = true;
            }
            var endsAt = LobbyDayClose.EndsAt(day, clock);
            if (now < endsAt)
            {
                break;
            }
            CloseOpenTickets(s, endsAt, rules, clock);
            if (s.Tickets.Any(t => clock.DateOf(t.IssuedAt) <= day))
            {
                ended.Add(LobbyScreen.Figures(s, branchId, day, closesAt, rules, clock, closed: true));
            }
            s.Tickets.RemoveAll(t => clock.DateOf(t.IssuedAt) <= day);
            // The next day with tickets left from before (a lobby stored before days closed), or today.
            var next = s.Tickets.Count == 0 ? today : s.Tickets.Min(t => clock.DateOf(t.IssuedAt));
            (day, s.DayClosed) = (next > today ? today : next, false);
            s.Day = day;
            changed = true;
        }
        foreach (var t in s.Tickets.Where(t => t.IsWaiting && !t.SlaBreached && ServiceLevel.IsBreached(t.WaitingSince, t.Premium, now, rules)))
        {
            t.SlaBreached = changed = true;
        }
        changed |= s.Complaints.RemoveAll(c => c.IsClosed && LobbyDay.DropsOff(c.ClosedAt!.Value, now, clock)) > 0;
        return new(changed, ended);
    }

    /// <summary>The lobby's one clock: the next wait to reach its target, the day's close, or midnight ending it.</summary>
    public static DateTimeOffset? NextClockAt(LobbyState s, LobbyRules rules, BusinessClock clock)
    {
        var day = s.Day!.Value;
        var breach = ServiceLevel.NextBreachAt(s.Tickets.Where(t => t.IsWaiting).Select(t => new Wait(t.WaitingSince, t.Premium, t.SlaBreached)), rules);
        var open = s.Tickets.Any(t => !t.IsClosed) || s.Desks.Any(d => d.Open);
        DateTimeOffset? close = !s.DayClosed && open ? LobbyDayClose.ClosesAt(day, rules.DayEndsAt, clock) : null;
        DateTimeOffset? end = open || s.Tickets.Count > 0 || s.Complaints.Any(c => c.IsClosed) ? LobbyDayClose.EndsAt(day, clock) : null;
        return new[] { breach, close, end }.Where(at => at is not null).Min();
    }

    /// <summary>
    /// Closes, at <paramref name="at"/>, the open tickets whose closing instant it is (or was), and releases and closes the
    /// desks: the branch's day is over for them.
    /// </summary>
    private static void CloseOpenTickets(LobbyState s, DateTimeOffset at, LobbyRules rules, BusinessClock clock)
    {
        foreach (var t in s.Tickets.Where(t => !t.IsClosed && LobbyDayClose.ClosingOf(t.IssuedAt, rules.DayEndsAt, clock) <= at))
        {
            var closed = LobbyDayClose.Close(StageOf(t), t.Times(), t.Premium, t.SlaBreached, at, rules);
            t.Record(closed.Times);
            (t.SlaBreached, t.ClosedAt, t.SentToDeskId) = (closed.SlaBreached, at, null);
            t.Status = closed.End == TicketEnd.Served ? TicketStatus.Finished : TicketStatus.NotServed;
        }
        foreach (var desk in s.Desks)
        {
            (desk.Open, desk.OnBreak, desk.CurrentTicketId) = (false, false, null);
        }
    }

    private static OpenTicket StageOf(TicketState t) => t.Status switch
    {
        TicketStatus.Called => OpenTicket.Called,
        TicketStatus.Serving => OpenTicket.Serving,
        TicketStatus.Parked => OpenTicket.Parked,
        _ => OpenTicket.Waiting,
    };

    /// <summary>How a closed ticket ended, for the figures (null while it is open).</summary>
    public static TicketEnd? EndOf(TicketState t) => t.Status switch
    {
        TicketStatus.Finished => TicketEnd.Served,
        TicketStatus.NoShow => TicketEnd.NoShow,
        TicketStatus.NotServed => TicketEnd.NotServedAtClose,
        TicketStatus.Voided => TicketEnd.Voided,
        _ => null,
    };
}
