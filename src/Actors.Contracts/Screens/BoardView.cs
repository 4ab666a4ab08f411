using Actors.Domain.Loans;

namespace Actors.Contracts.Screens;

[GenerateSerializer, Alias("bg.PromiseStatus")]
public enum PromiseStatus { Open, Kept, PartiallyKept, Broken }

/// <summary>Counts and amounts of the loans in one stage, and how many entered it today.</summary>
[GenerateSerializer, Immutable, Alias("bg.StageTotals")]
public sealed record StageTotals(LoanStage Stage, int Loans, decimal Outstanding, decimal Overdue, int EnteredToday);

[GenerateSerializer, Immutable, Alias("bg.PromiseView")]
public sealed record PromiseView(string LoanId, string ClientId, string CollectorId, decimal Amount, DateTimeOffset PromisedFor, PromiseStatus Status, decimal Paid);

[GenerateSerializer, Immutable, Alias("bg.CollectorResults")]
public sealed record CollectorResults(string CollectorId, int Calls, int RightPartyContacts, int Promises, decimal Collected);

/// <summary>
/// The collections wall board of one room: a branch's room (Pre-due to M2 of its sub-branches) or the central
/// room (M3 and M4 of the whole bank). Everything is for the room's business date.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.BoardView")]
public sealed record BoardView(
    string RoomId,
    long Seq,
    DateTimeOffset At,
    IReadOnlyList<StageTotals> Stages,
    IReadOnlyList<PromiseView> PromisesDueNextHour,
    IReadOnlyList<PromiseView> BrokenPromisesToday,
    decimal CollectedToday,
    IReadOnlyList<CollectorResults> Collectors);

/// <summary>What changed on a board since <see cref="FromSeq"/>; sections present replace the screen's.</summary>
[GenerateSerializer, Immutable, Alias("bg.BoardDelta")]
public sealed record BoardDelta(
    string RoomId,
    long FromSeq,
    long Seq,
    DateTimeOffset At,
    IReadOnlyList<StageTotals>? Stages,
    IReadOnlyList<PromiseView>? PromisesDueNextHour,
    IReadOnlyList<PromiseView>? BrokenPromisesToday,
    decimal? CollectedToday,
    IReadOnlyList<CollectorResults>? Collectors);
