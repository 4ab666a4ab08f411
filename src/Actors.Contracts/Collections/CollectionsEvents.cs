using Actors.Contracts.Events;
using Actors.Contracts.Screens;
using Actors.Domain.Collections;

namespace Actors.Contracts.Collections;

// Collections events travel on the loan's institution stream like every other GridEvent.

[GenerateSerializer, Immutable, Alias("bg.CallLogged")]
public sealed record CallLogged(string InstitutionId, DateTimeOffset At, string LoanId, string CollectorId, NumberType Number, CallOutcome Outcome)
    : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.PromiseRecorded")]
public sealed record PromiseRecorded(string InstitutionId, DateTimeOffset At, string LoanId, string PromiseId, string CollectorId, decimal Amount, DateTimeOffset PromisedFor)
    : GridEvent(InstitutionId, At);

/// <summary>A promise was decided (At is the rule's instant: the payment that kept it, or its window's end). May come again if a late-delivered payment changes the decision.</summary>
[GenerateSerializer, Immutable, Alias("bg.PromiseResolved")]
public sealed record PromiseResolved(string InstitutionId, DateTimeOffset At, string LoanId, string PromiseId, string CollectorId, PromiseStatus Status, decimal Amount, decimal Paid)
    : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.CollectorChanged")]
public sealed record CollectorChanged(string InstitutionId, DateTimeOffset At, string LoanId, string? From, string To)
    : GridEvent(InstitutionId, At);

/// <summary>The loan must go to a different collector; the supervisor assigns one (the current collector is refused).</summary>
[GenerateSerializer, Immutable, Alias("bg.HandOverRequired")]
public sealed record HandOverRequired(string InstitutionId, DateTimeOffset At, string LoanId, string CollectorId, int DaysPastDue, int BrokenPromises)
    : GridEvent(InstitutionId, At);

/// <summary>
/// The loan's collections figures after a change, for the collections boards: the summary (absolute, with a revision, so a
/// repeat or a late arrival is harmless) and the rooms whose board must hear it (those it concerns now or concerned before).
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.LoanCollectionsChanged")]
public sealed record LoanCollectionsChanged(string InstitutionId, DateTimeOffset At, string LoanId, LoanCollectionsSummary Summary, IReadOnlyList<string> Rooms)
    : GridEvent(InstitutionId, At);
