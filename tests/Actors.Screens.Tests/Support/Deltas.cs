using Actors.Contracts.Screens;
using Actors.Domain.Loans;

namespace Actors.Screens.Tests.Support;

/// <summary>Small screen deltas and views for the tests: tickets, complaints and sections named by short ids.</summary>
public static class Deltas
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static TicketView Ticket(string id, TicketStatus status = TicketStatus.Waiting) =>
        new(id, "A" + id, ServiceType.Cash, status, T0, null, null, null, null, false, [], T0.AddMinutes(15), false, null, T0);

    public static ComplaintView Complaint(string id, ComplaintStatus status = ComplaintStatus.Recorded) =>
        new(id, ComplaintChannel.InPerson, "queue too long", null, null, "lobby-manager", status, T0, null, null, "lobby-manager", null, null);

    public static DeskView Desk(string id, bool open = true) => new(id, "Counter " + id, DeskKind.Counter, open, [ServiceType.Cash], null, null, open ? DeskStatus.Idle : DeskStatus.Closed, 0, 0);

    public static LobbyStats Stats(int waiting) => new(waiting, 0, 0, 0, 0, 0, 0);

    public static LobbyDelta Lobby(
        long from,
        long seq,
        string branch = "B1",
        TicketView[]? tickets = null,
        string[]? removed = null,
        DeskView[]? desks = null,
        ComplaintView[]? complaints = null,
        LobbyStats? stats = null) =>
        new(branch, from, seq, T0.AddSeconds(seq), tickets ?? [], removed ?? [], desks, complaints ?? [], stats);

    public static LobbyView LobbyView(string branch, long seq) => new(branch, seq, T0, [], [], [], Stats(0), new(DateOnly.FromDateTime(T0.Date), T0.AddHours(9.5), false));

    public static StageTotals Stage(LoanStage stage, int loans) => new(stage, loans, loans * 1000m, 0m, 0);

    public static CollectorResults Collector(string id, int calls) => new(id, id, null, calls, 0, 0, 0m, new(0, 0, 0, null), 50_000m, 0m);

    public static BoardDelta Board(
        long from,
        long seq,
        string room = "R1",
        StageTotals[]? stages = null,
        PromiseView[]? due = null,
        PromiseView[]? broken = null,
        decimal? collected = null,
        CollectorResults[]? collectors = null,
        decimal? withoutCollector = null) =>
        new(room, from, seq, T0.AddSeconds(seq), stages, due, broken, collected, collectors, withoutCollector, null);

    public static BoardView BoardView(string room, long seq) => new(room, seq, T0, [], [], [], 0m, [], 0m, new(0, 0, 0, null));
}
