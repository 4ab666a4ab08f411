using Actors.Contracts.Screens;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

[GenerateSerializer, Alias("bg.LobbyState.v1")]
public sealed class LobbyState
{
    /// <summary>Set once the key is known to be a registered institution, so the registry is asked only once.</summary>
    [Id(0)] public string? BranchId { get; set; }
    /// <summary>The screen's sequence number: bumped by every change a screen can see.</summary>
    [Id(1)] public long Seq { get; set; }
    /// <summary>Tickets issued ever: the queue order, which a transferred ticket keeps.</summary>
    [Id(2)] public long Issued { get; set; }
    /// <summary>Today's tickets, and open tickets of earlier days (closed ones drop off after midnight).</summary>
    [Id(3)] public List<TicketState> Tickets { get; set; } = [];
    [Id(4)] public List<DeskState> Desks { get; set; } = [];
    [Id(5)] public List<ComplaintState> Complaints { get; set; } = [];
    [Id(6)] public List<ProspectState> Prospects { get; set; } = [];
    /// <summary>Daily counters by ticket letter, and for complaint and prospect ids.</summary>
    [Id(7)] public Dictionary<string, DailyCounter> Counters { get; set; } = new(StringComparer.Ordinal);
    [Id(8)] public DateTimeOffset? ClockArmedAt { get; set; }
    /// <summary>The business day the tickets belong to (null in a lobby stored before days closed: its earliest ticket's day).</summary>
    [Id(9)] public DateOnly? Day { get; set; }
    /// <summary>The day's close has run: open tickets closed, desks released and closed.</summary>
    [Id(10)] public bool DayClosed { get; set; }

    public TicketState? Ticket(string ticketId) => Tickets.Find(t => t.Id == ticketId);
    public DeskState? Desk(string deskId) => Desks.Find(d => d.Id == deskId);
    public ComplaintState? Complaint(string complaintId) => Complaints.Find(c => c.Id == complaintId);

    /// <summary>The next number of a daily sequence (ticket numbers per service, complaint and prospect ids).</summary>
    public int Next(string counter, DateOnly today)
    {
        var current = Counters.GetValueOrDefault(counter);
        var next = TicketNumbering.NextSequence(current?.Day, current?.Last ?? 0, today);
        Counters[counter] = new DailyCounter { Day = today, Last = next };
        return next;
    }
}

[GenerateSerializer, Alias("bg.DailyCounter.v1")]
public sealed class DailyCounter
{
    [Id(0)] public DateOnly Day { get; set; }
    [Id(1)] public int Last { get; set; }
}

[GenerateSerializer, Alias("bg.TicketState.v1")]
public sealed class TicketState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Number { get; set; } = "";
    [Id(2)] public ServiceType Service { get; set; }
    [Id(3)] public TicketStatus Status { get; set; }
    [Id(4)] public long IssueOrder { get; set; }
    [Id(5)] public DateTimeOffset IssuedAt { get; set; }
    /// <summary>The latest call (first call, recall, or call after a transfer).</summary>
    [Id(6)] public DateTimeOffset? CalledAt { get; set; }
    /// <summary>Finished or no-show.</summary>
    [Id(7)] public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>The desk with the customer, or the desk the ticket was sent to.</summary>
    [Id(8)] public string? DeskId { get; set; }
    /// <summary>Set while the ticket waits for one named desk only.</summary>
    [Id(9)] public string? SentToDeskId { get; set; }
    [Id(10)] public string? ClientId { get; set; }
    /// <summary>Signals found by the rules at issue (names of <see cref="PremiumSignal"/>).</summary>
    [Id(11)] public List<string> Signals { get; set; } = [];
    [Id(12)] public string? ManualFlagBy { get; set; }
    [Id(13)] public string? ManualFlagReason { get; set; }
    [Id(14)] public DateTimeOffset WaitingSince { get; set; }
    [Id(15)] public DateTimeOffset? AtDeskSince { get; set; }
    [Id(16)] public TimeSpan Waited { get; set; }
    [Id(17)] public TimeSpan Served { get; set; }
    [Id(18)] public bool EverCalled { get; set; }
    /// <summary>The current (or last) wait reached its target.</summary>
    [Id(19)] public bool SlaBreached { get; set; }
    [Id(20)] public string? Outcome { get; set; }
    [Id(21)] public int Recalls { get; set; }
    /// <summary>An earlier wait of this ticket reached its target (a transfer or re-queue starts a new one): counted in the day's breaches.</summary>
    [Id(22)] public bool EverBreached { get; set; }
    [Id(23)] public string? VoidReason { get; set; }
    [Id(24)] public string? VoidedBy { get; set; }

    public bool Premium => Signals.Count > 0 || ManualFlagReason is not null;
    public bool IsWaiting => Status is TicketStatus.Waiting or TicketStatus.Transferred;
    public bool IsAtDesk => Status is TicketStatus.Called or TicketStatus.Serving;
    public bool IsClosed => Status is TicketStatus.Finished or TicketStatus.NoShow or TicketStatus.NotServed or TicketStatus.Voided;

    /// <summary>A new wait starts (transfer, re-queue): a breach of the one before is kept for the day's figures.</summary>
    public void NewWait(TicketTimes times)
    {
        Record(times);
        (EverBreached, SlaBreached) = (EverBreached || SlaBreached, false);
    }

    public TicketTimes Times() => new(WaitingSince, AtDeskSince, Waited, Served, EverCalled);

    public void Record(TicketTimes times) =>
        (WaitingSince, AtDeskSince, Waited, Served, EverCalled) = (times.WaitingSince, times.AtDeskSince, times.Waited, times.Served, times.EverCalled);
}

[GenerateSerializer, Alias("bg.DeskState.v1")]
public sealed class DeskState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public DeskKind Kind { get; set; }
    [Id(3)] public bool Open { get; set; }
    [Id(4)] public List<ServiceType> Services { get; set; } = [];
    [Id(5)] public string? CurrentTicketId { get; set; }
    [Id(6)] public bool OnBreak { get; set; }
    /// <summary>The desk's name in Chinese (the screens in Chinese and the calling display's announcement); the English name when unset.</summary>
    [Id(7)] public string? NameZh { get; set; }
}

[GenerateSerializer, Alias("bg.ComplaintState.v1")]
public sealed class ComplaintState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public ComplaintChannel Channel { get; set; }
    [Id(2)] public string Content { get; set; } = "";
    [Id(3)] public string? ClientId { get; set; }
    [Id(4)] public string? CustomerName { get; set; }
    [Id(5)] public string Owner { get; set; } = "";
    [Id(6)] public ComplaintStatus Status { get; set; }
    [Id(7)] public DateTimeOffset RecordedAt { get; set; }
    [Id(8)] public DateTimeOffset? AcknowledgedAt { get; set; }
    [Id(9)] public string? AcknowledgedBy { get; set; }
    [Id(10)] public string? Resolution { get; set; }
    /// <summary>Resolved or escalated.</summary>
    [Id(11)] public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>The owner before an escalation handed the complaint over.</summary>
    [Id(12)] public string? EscalatedFrom { get; set; }
    /// <summary>The signed-in member of staff who recorded it (empty for complaints recorded before this was kept).</summary>
    [Id(13)] public string RecordedBy { get; set; } = "";
    [Id(14)] public string? ResolvedBy { get; set; }

    public bool IsClosed => Status is ComplaintStatus.ResolvedOnTheSpot or ComplaintStatus.Escalated;
}

[GenerateSerializer, Alias("bg.ProspectState.v1")]
public sealed class ProspectState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string? TicketId { get; set; }
    [Id(2)] public string? ClientId { get; set; }
    [Id(3)] public string? CustomerName { get; set; }
    [Id(4)] public string ManagerId { get; set; } = "";
    [Id(5)] public string Note { get; set; } = "";
    [Id(6)] public DateTimeOffset RegisteredAt { get; set; }
    /// <summary>The signed-in member of staff who registered the prospect (empty for ones registered before this was kept).</summary>
    [Id(7)] public string RegisteredBy { get; set; } = "";
}
