using Actors.Domain.Collections;

namespace Actors.Contracts.Collections;

/// <summary>
/// A call made to a borrower: when (null: now, on the business clock), by whom, on which number, what came of it, and the
/// collector's note. <see cref="RequestId"/>, when the client gives one, makes a retry by the same collector a replay.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.CallRecord")]
public sealed record CallRecord(DateTimeOffset? At, string CollectorId, NumberType Number, CallOutcome Outcome, string Note, string? RequestId = null);

/// <summary>A promise to pay <see cref="Amount"/> by <see cref="PromisedFor"/>, taken by collector <see cref="By"/>; <see cref="RequestId"/> as for calls.</summary>
[GenerateSerializer, Immutable, Alias("bg.PromiseRecord")]
public sealed record PromiseRecord(decimal Amount, DateTimeOffset PromisedFor, string By, string? RequestId = null);
