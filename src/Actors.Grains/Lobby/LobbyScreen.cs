using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>What the lobby manager's screen shows, built from the lobby's state.</summary>
internal sealed class LobbyScreen(LobbyRules rules)
{
    public TicketView Ticket(TicketState t) => new(
        t.Id, t.Number, t.Service, t.Status, t.IssuedAt, t.CalledAt, t.ClosedAt, t.DeskId, t.ClientId, t.Premium, Signals(t),
        ServiceLevel.DueAt(t.WaitingSince, t.Premium, rules), t.SlaBreached, t.Outcome);

    public static DeskView Desk(DeskState d) => new(d.Id, d.Name, d.Kind, d.Open, [.. d.Services], d.CurrentTicketId);

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

    /// <summary>Today's figures: closed tickets of earlier days have already dropped off (<see cref="LobbyTime.CatchUp"/>).</summary>
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
            AverageServiceMinutes: LobbyDay.AverageMinutes(finished.Select(t => t.Served)));
    }

    public ScreenContent Content(LobbyState s) => new(
        Shown(s).Select(Ticket).ToList(),
        s.Desks.Select(Desk).ToList(),
        s.Complaints.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id, StringComparer.Ordinal).Select(Complaint).ToList(),
        Stats(s));

    public LobbyView View(string branchId, LobbyState s, DateTimeOffset now)
    {
        var content = Content(s);
        return new LobbyView(branchId, s.Seq, now, content.Tickets, content.Desks, content.Complaints, content.Stats);
    }

    /// <summary>A manual flag shows with its reason, after the signals the rules found.</summary>
    private static IReadOnlyList<string> Signals(TicketState t) =>
        t.ManualFlagReason is null ? [.. t.Signals] : [.. t.Signals, $"ManualFlag: {t.ManualFlagReason}"];
}

/// <summary>The screen's sections, compared before and after a change to publish exactly what changed.</summary>
internal sealed record ScreenContent(
    IReadOnlyList<TicketView> Tickets, IReadOnlyList<DeskView> Desks, IReadOnlyList<ComplaintView> Complaints, LobbyStats Stats)
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
        var complaintsLeft = before.Complaints.Any(c => !Complaints.Any(n => n.ComplaintId == c.ComplaintId));
        if (tickets.Count == 0 && removed.Count == 0 && complaints.Count == 0 && !desksChanged && !statsChanged && !complaintsLeft)
        {
            return null;
        }
        // A delta cannot remove a complaint. When one leaves the screen (closed on an earlier day), the lobby skips a
        // sequence number: every screen then finds FromSeq is not its own seq and re-reads the view (LobbyDelta's contract).
        var from = complaintsLeft ? fromSeq + 1 : fromSeq;
        return new LobbyDelta(branchId, from, from + 1, at, tickets, removed, desksChanged ? Desks : null, complaints, statsChanged ? Stats : null);
    }

    private static readonly string[] NoSignals = [];
    private static readonly ServiceType[] NoServices = [];

    // Records compare lists by reference: compare them by content, and everything else by the record's own equality.
    private static bool Same(TicketView a, TicketView b) =>
        a with { PremiumSignals = NoSignals } == b with { PremiumSignals = NoSignals } && a.PremiumSignals.SequenceEqual(b.PremiumSignals);

    private static bool Same(DeskView a, DeskView b) =>
        a with { Services = NoServices } == b with { Services = NoServices } && a.Services.SequenceEqual(b.Services);
}
