namespace Actors.Contracts.Screens;

/// <summary>Services a customer takes a ticket for (brief §4).</summary>
[GenerateSerializer, Alias("bg.ServiceType")]
public enum ServiceType { Cash, Remittance, Wealth, Loans, Corporate, AccountOpening, Enquiry, Complaint }

[GenerateSerializer, Alias("bg.TicketStatus")]
public enum TicketStatus
{
    Waiting, Called, Serving, Finished, NoShow, Transferred,
    /// <summary>Still open at the branch's end of day: closed then, not served.</summary>
    NotServed,
    /// <summary>Cancelled by the lobby manager (a duplicate, a customer who left).</summary>
    Voided,
    /// <summary>Set aside by the desk (gone to fetch a document); back in the queue when re-queued, or called back by name.</summary>
    Parked,
}

/// <summary>What a desk is doing, as a lobby manager reads the floor: closed, idle, calling a customer, serving one, or on a break.</summary>
[GenerateSerializer, Alias("bg.DeskStatus")]
public enum DeskStatus { Closed, Idle, Calling, Serving, OnBreak }

[GenerateSerializer, Alias("bg.DeskKind")]
public enum DeskKind { Counter, VipRoom, ClientManagerDesk, SelfService }

[GenerateSerializer, Alias("bg.ComplaintChannel")]
public enum ComplaintChannel { InPerson, Hotline, OtherDepartment }

[GenerateSerializer, Alias("bg.ComplaintStatus")]
public enum ComplaintStatus { Recorded, Acknowledged, ResolvedOnTheSpot, Escalated }

/// <summary>One ticket as the lobby manager's screen shows it. Premium fields are for staff screens only.</summary>
[GenerateSerializer, Immutable, Alias("bg.TicketView")]
public sealed record TicketView(
    string TicketId,
    string Number,
    ServiceType Service,
    TicketStatus Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? FinishedAt,
    string? DeskId,
    string? ClientId,
    bool Premium,
    IReadOnlyList<string> PremiumSignals,
    DateTimeOffset SlaDueAt,
    bool SlaBreached,
    string? Outcome,
    /// <summary>When the current (or last) wait started: the issue, or the latest transfer or re-queue.</summary>
    DateTimeOffset WaitingSince);

/// <summary>A desk: its names in both languages (the calling display announces the Chinese one), its state and today's throughput.</summary>
[GenerateSerializer, Immutable, Alias("bg.DeskView")]
public sealed record DeskView(
    string DeskId,
    string Name,
    DeskKind Kind,
    bool Open,
    IReadOnlyList<ServiceType> Services,
    string? CurrentTicketId,
    string? NameZh,
    DeskStatus Status,
    int ServedToday,
    double AverageServiceMinutes);

[GenerateSerializer, Immutable, Alias("bg.ComplaintView")]
public sealed record ComplaintView(
    string ComplaintId,
    ComplaintChannel Channel,
    string Content,
    string? ClientId,
    string? CustomerName,
    string Owner,
    ComplaintStatus Status,
    DateTimeOffset RecordedAt,
    DateTimeOffset? AcknowledgedAt,
    string? Resolution,
    string RecordedBy,
    string? AcknowledgedBy,
    string? ResolvedBy);

/// <summary>Today's figures for the lobby (business date of the branch).</summary>
[GenerateSerializer, Immutable, Alias("bg.LobbyStats")]
public sealed record LobbyStats(
    int Waiting, int Serving, int FinishedToday, int NoShowsToday, int SlaBreachesNow, double AverageWaitMinutes, double AverageServiceMinutes,
    int NotServedToday = 0);

/// <summary>The business day the lobby shows: its date, when it closes (or closed), and whether it has.</summary>
[GenerateSerializer, Immutable, Alias("bg.LobbyDayView")]
public sealed record LobbyDayView(DateOnly Date, DateTimeOffset ClosesAt, bool Closed);

/// <summary>The whole lobby screen of one branch: what a screen shows on connect.</summary>
[GenerateSerializer, Immutable, Alias("bg.LobbyView")]
public sealed record LobbyView(
    string BranchId,
    long Seq,
    DateTimeOffset At,
    IReadOnlyList<TicketView> Tickets,
    IReadOnlyList<DeskView> Desks,
    IReadOnlyList<ComplaintView> Complaints,
    LobbyStats Stats,
    LobbyDayView Day);

/// <summary>
/// What changed on a lobby screen since <see cref="FromSeq"/>: tickets and complaints upserted by id, tickets removed
/// from the screen, and whole sections replaced when present. A screen whose last seq is not FromSeq re-reads the view.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.LobbyDelta")]
public sealed record LobbyDelta(
    string BranchId,
    long FromSeq,
    long Seq,
    DateTimeOffset At,
    IReadOnlyList<TicketView> Tickets,
    IReadOnlyList<string> RemovedTickets,
    IReadOnlyList<DeskView>? Desks,
    IReadOnlyList<ComplaintView> Complaints,
    LobbyStats? Stats,
    LobbyDayView? Day = null);
