using Actors.Contracts.Screens;
using Actors.Domain.Collections;

namespace Actors.Contracts.Collections;

[GenerateSerializer, Immutable, Alias("bg.CallView")]
public sealed record CallView(DateTimeOffset At, string CollectorId, NumberType Number, CallOutcome Outcome, string Note);

/// <summary>A promise on the loan's own page: its follow-up window, and what has been paid towards it.</summary>
[GenerateSerializer, Immutable, Alias("bg.LoanPromiseView")]
public sealed record LoanPromiseView(
    string PromiseId,
    string CollectorId,
    decimal Amount,
    DateTimeOffset PromisedFor,
    DateTimeOffset MadeAt,
    DateTimeOffset FollowUpFrom,
    DateTimeOffset FollowUpUntil,
    PromiseStatus Status,
    decimal Paid,
    DateTimeOffset? ResolvedAt);

/// <summary>
/// The collections side of a loan: its collector, whether it must go to a different one (brief §5: more than 10 days
/// overdue with several broken promises), its room, the call log and its promises.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.LoanCollectionsView")]
public sealed record LoanCollectionsView(
    string? CollectorId,
    DateTimeOffset? CollectorSince,
    bool NeedsHandOver,
    int BrokenPromisesWithCollector,
    string? RoomId,
    DateTimeOffset? StageEnteredAt,
    IReadOnlyList<CallView> Calls,
    IReadOnlyList<LoanPromiseView> Promises);
