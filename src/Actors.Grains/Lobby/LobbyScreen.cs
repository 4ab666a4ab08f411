using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>What the lobby manager's screen shows, built from the lobby's state.</summary>
internal sealed class LobbyScreen(LobbyRules rules, BusinessClock clock)
{
    public TicketView Ticket(TicketState t) => new(
        t.Id, t.Number, t.Service, t.Status, t.IssuedAt, t.CalledAt, t.ClosedAt, t.DeskId, t.ClientId, t.Premium, Signals(t),
        ServiceLevel.DueAt(t.WaitingSince, t.Premium, rules), t.SlaBreached, t.Outcome, t.WaitingSince);

    /// <summary>A desk, with what it is doing and today's throughput (the tickets it finished; a lobby holds today's only).</summary>
    public static DeskView Desk(LobbyState s, DeskState d)
    {
        var served = s.Tickets.Where(t => t.Status == TicketStatus.Finished && t.DeskId == d.Id).ToList();
        return new(d.Id, d.Name, d.Kind, d.Open, [.. d.Services], d.CurrentTicketId, d.NameZh, StatusOf(s, d), served.Count,
            LobbyDay.AverageMinutes(served.Select(t => t.Served)));
    }

    private static DeskStatus StatusOf(LobbyState s, DeskState d) =>
        !d.Open ? DeskStatus.Closed
        : d.OnBreak ? DeskStatus.OnBreak
        : d.CurrentTicketId is { } id ? (s.Ticket(id)?.Status == TicketStatus.Serving ? DeskStatus.Serving : DeskStatus.Calling)
        : DeskStatus.Idle;

    public static ComplaintView Complaint(ComplaintState c) =>
        new(c.Id, c.Channel, c.Content, c.ClientId, c.CustomerName, c.Owner, c.Status, c.RecordedAt, c.AcknowledgedAt, c.Resolution,
            c.RecordedBy, c.AcknowledgedBy, c.ResolvedBy);

    /// <summary>Every open ticket and the latest closed ones, in issue order: the screen stays small on a busy day.</summary>
    public IEnumerable<TicketState> Shown(LobbyState s)
    {
        var closedShown = s.Tickets.Where(t => t.IsClosed).OrderByDescending(t => t.ClosedAt).ThenByDescending(t => t.IssueOrder)
            .Take(rules.ClosedTicketsShown).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return s.Tickets.Where(t => !t.IsClosed || closedShown.Contains(t.Id)).OrderBy(t => t.IssueOrder);
    }

    /// <summary>Today's figures: the tickets of earlier days left the lobby when their day ended (<see cref="LobbyTime.CatchUp"/>).</summary>
    public static LobbyStats Stats(LobbyState s)
    {
        var finished = s.Tickets.Where(t => t.Status == TicketStatus.Finished).ToList();
        return new LobbyStats(
            Waiting: s.Tickets.Count(t => t.IsWaiting),
            Serving: s.Tickets.Count(t => t.IsAtDesk),
            FinishedToday: finished.Count,
            NoShowsToday: s.Tickets.Count(t => t.Status == TicketStatus.NoShow),
            SlaBreachesNow: s.Tickets.Count(t => t.IsWaiting && t.SlaBreached),
            AverageWaitMinutes: LobbyDay.AverageMinutes(s.Tickets.Where(t => t.EverCalled).Select(t => t.Waited)),
            AverageServiceMinutes: LobbyDay.AverageMinutes(finished.Select(t => t.Served)),
            NotServedToday: s.Tickets.Count(t => t.Status == TicketStatus.NotServed));
    }

    /// <summary>The lobby's day (none yet in a lobby stored before days closed, until its first catch-up).</summary>
    public LobbyDayView Day(LobbyState s) =>
        s.Day is { } day ? new(day, LobbyDayClose.ClosesAt(day, rules.DayEndsAt, clock), s.DayClosed) : new(default, default, false);

    /// <summary>The figures of <paramref name="day"/> from the tickets issued that day, in all and per service.</summary>
    public static LobbyDayFigures Figures(LobbyState s, string branchId, DateOnly day, DateTimeOffset closesAt, LobbyRules rules, BusinessClock clock, bool closed)
    {
        var tickets = s.Tickets.Where(t => clock.DateOf(t.IssuedAt) == day).ToList();
        var services = tickets.GroupBy(t => t.Service).OrderBy(g => g.Key)
            .Select(g => new ServiceDayFigures(g.Key, LobbyFigures.Of(g.Select(DayTicket))))
            .ToList();
        return new LobbyDayFigures(branchId, day, closesAt, closed, LobbyFigures.Of(tickets.Select(DayTicket)), services);
    }

    private static DayTicket DayTicket(TicketState t) => new(LobbyTime.EndOf(t), t.Waited, t.Served, t.EverCalled, t.SlaBreached || t.EverBreached);

    public ScreenContent Content(LobbyState s) => new(
        Shown(s).Select(Ticket).ToList(),
        s.Desks.Select(d => Desk(s, d)).ToList(),
        s.Complaints.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id, StringComparer.Ordinal).Select(Complaint).ToList(),
        Stats(s),
        Day(s));

    public LobbyView View(string branchId, LobbyState s, DateTimeOffset now)
    {
        var content = Content(s);
        return new LobbyView(branchId, s.Seq, now, content.Tickets, content.Desks, content.Complaints, content.Stats, content.Day);
    }

    /// <summary>A manual flag shows with its reason, after the signals the rules found.</summary>
    private static IReadOnlyList<string> Signals(TicketState t) =>
        t.ManualFlagReason is null ? [.. t.Signals] : [.. t.Signals, $"ManualFlag: {t.ManualFlagReason}"];
}

/// <summary>The screen's sections, compared before and after a change to publish exactly what changed.</summary>
internal sealed record ScreenContent(
    IReadOnlyList<TicketView> Tickets, IReadOnlyList<DeskView> Desks, IReadOnlyList<ComplaintView> Complaints, LobbyStats Stats, LobbyDayView Day)
{
    /// <summary>The delta from <paramref name="before"/> to this, or null when a screen would see no difference.</summary>
    public LobbyDelta? Since(ScreenContent before, string branchId, long fromSeq, DateTimeOffset at)
    {
        var oldTickets = before.Tickets.ToDictionary(t => t.TicketId, StringComparer.Ordinal);
        var newIds = Tickets.Select(t => t.TicketId).ToHashSet(StringComparer.Ordinal);
        var tickets = Tickets.Where(t => !oldTickets.TryGetValue(t.TicketId, out var old) || !Same(old, t)).ToList();
        var removed = before.Tickets.Select(t => t.TicketId).Where(id => !newIds.Contains(id)).ToList();
        var oldComplaints = before.Complaints.ToDictionary(c => c.ComplaintId, StringComparer.Ordinal);
        var complaints = Complaints.Where(c => !oldComplaints.TryGetValue(c.ComplaintId, out var old) || old != c).ToList();
        var desksChanged = Desks.Count != before.Desks.Count || Desks.Zip(before.Desks).Any(p => !Same(p.First, p.Second));
        var statsChanged = Stats != before.Stats;
        var dayChanged = Day != before.Day;
        var complaintsLeft = before.Complaints.Any(c => !Complaints.Any(n => n.ComplaintId == c.ComplaintId));
        if (tickets.Count == 0 && removed.Count == 0 && complaints.Count == 0 && !desksChanged && !statsChanged && !complaintsLeft && !dayChanged)
        {
            return null;
        }
        // A delta cannot remove a complaint. When one leaves the screen (closed on an earlier day), the lobby skips a
        // sequence number: every screen then finds FromSeq is not its own seq and re-reads the view (LobbyDelta's contract).
        var from = complaintsLeft ? fromSeq + 1 : fromSeq;
        return new LobbyDelta(branchId, from, from + 1, at, tickets, removed, desksChanged ? Desks : null, complaints, statsChanged ? Stats : null,
            dayChanged ? Day : null);
    }

    private static readonly string[] NoSignals = [];
    private static readonly ServiceType[] NoServices = [];

    // Records compare lists by reference: compare them by content, and everything else by the record's own equality.
    private static bool Same(TicketView a, TicketView b) =>
        a with { PremiumSignals = NoSignals } == b with { PremiumSignals = NoSignals } && a.PremiumSignals.SequenceEqual(b.PremiumSignals);

    private static bool Same(DeskView a, DeskView b) =>
        a with { Services = NoServices } == b with { Services = NoServices } && a.Services.SequenceEqual(b.Services);
}
