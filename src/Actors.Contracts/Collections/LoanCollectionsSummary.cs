using Actors.Contracts.Screens;
using Actors.Domain.Collections;
using Actors.Domain.Loans;

namespace Actors.Contracts.Collections;

/// <summary>A call of today, credited to the room that worked the loan when it was made.</summary>
[GenerateSerializer, Immutable, Alias("bg.CallActivity")]
public sealed record CallActivity(DateTimeOffset At, string CollectorId, string RoomId, NumberType Number, CallOutcome Outcome);

/// <summary>A promise still open or decided today, credited to the room that worked the loan when it was taken.</summary>
[GenerateSerializer, Immutable, Alias("bg.PromiseActivity")]
public sealed record PromiseActivity(
    string PromiseId, string CollectorId, string RoomId, decimal Amount, DateTimeOffset MadeAt, DateTimeOffset PromisedFor,
    PromiseStatus Status, decimal Paid, DateTimeOffset? ResolvedAt);

/// <summary>A repayment of today on a loan in collections, credited to the room and collector working it when it arrived.</summary>
[GenerateSerializer, Immutable, Alias("bg.CollectionActivity")]
public sealed record CollectionActivity(string TransactionId, DateTimeOffset At, decimal Amount, string? CollectorId, string RoomId);

/// <summary>
/// A loan's collections facts as the boards and worklists need them, taken from the loan's own state at <see cref="At"/>.
/// Absolute values: a board replaces what it held for the loan, so a summary delivered twice changes nothing.
/// <see cref="Revision"/> grows with every change of the loan, so an older summary never overwrites a newer one.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.LoanCollectionsSummary")]
public sealed record LoanCollectionsSummary(
    string LoanId,
    string InstitutionId,
    string ClientId,
    long Revision,
    DateTimeOffset At,
    string BranchRoomId,
    string? RoomId,
    LoanStage Stage,
    int DaysPastDue,
    decimal Outstanding,
    decimal OverdueAmount,
    decimal AmountDue,
    bool OnReminderList,
    DateOnly? NextDueDate,
    DateTimeOffset? StageEnteredAt,
    string? CollectorId,
    bool NeedsHandOver,
    IReadOnlyList<CallActivity> CallsToday,
    IReadOnlyList<PromiseActivity> Promises,
    IReadOnlyList<CollectionActivity> CollectedToday,
    bool ReminderProvisional = false,
    int DueDatesNextYear = 0);
