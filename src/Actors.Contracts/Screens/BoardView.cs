using Actors.Domain.Loans;

namespace Actors.Contracts.Screens;

[GenerateSerializer, Alias("bg.PromiseStatus")]
public enum PromiseStatus { Open, Kept, PartiallyKept, Broken }

/// <summary>Counts and amounts of the loans in one stage, and how many entered it today.</summary>
[GenerateSerializer, Immutable, Alias("bg.StageTotals")]
public sealed record StageTotals(LoanStage Stage, int Loans, decimal Outstanding, decimal Overdue, int EnteredToday);

[GenerateSerializer, Immutable, Alias("bg.PromiseView")]
public sealed record PromiseView(string LoanId, string ClientId, string CollectorId, decimal Amount, DateTimeOffset PromisedFor, PromiseStatus Status, decimal Paid);

/// <summary>How the promises decided today came out; <see cref="KeptRate"/> (0–1) is kept in full over decided, null when none was decided.</summary>
[GenerateSerializer, Immutable, Alias("bg.PromiseKeepingView")]
public sealed record PromiseKeepingView(int Kept, int PartiallyKept, int Broken, decimal? KeptRate);

/// <summary>
/// One collector's day in the room, under their name (<see cref="NameZh"/> in Chinese characters when registered): calls,
/// right-party contacts, promises taken and decided, and money collected against the daily target (<see cref="TargetShare"/>: 1 = met).
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.CollectorResults")]
public sealed record CollectorResults(
    string CollectorId, string Name, string? NameZh, int Calls, int RightPartyContacts, int Promises, decimal Collected,
    PromiseKeepingView PromisesDecided, decimal DailyTarget, decimal TargetShare);

/// <summary>
/// The collections wall board of one room: a branch's room (Pre-due to M2 of its sub-branches) or the central
/// room (M3 and M4 of the whole bank). Everything is for the room's business date. <see cref="CollectedToday"/> is the
/// sum of the collectors' <see cref="CollectorResults.Collected"/> and <see cref="CollectedWithoutCollector"/>.
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
    IReadOnlyList<CollectorResults> Collectors,
    decimal CollectedWithoutCollector,
    PromiseKeepingView PromisesDecidedToday);

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
    IReadOnlyList<CollectorResults>? Collectors,
    decimal? CollectedWithoutCollector,
    PromiseKeepingView? PromisesDecidedToday);
