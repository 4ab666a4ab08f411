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

[GenerateSerializer, Alias("bg.CollectionsError")]
public enum CollectionsError
{
    /// <summary>The loan is not registered.</summary>
    UnknownLoan,
    /// <summary>A collections rule refuses the request; <see cref="CollectionsResult{T}.Field"/> names the field at fault.</summary>
    Refused,
}

/// <summary>The answer to a collections request on a loan: its result, or why not.</summary>
[GenerateSerializer, Immutable, Alias("bg.CollectionsResult`1")]
public sealed record CollectionsResult<T>(T? Value, CollectionsError? Error, string? Field, string? Detail)
{
    public static CollectionsResult<T> Ok(T value) => new(value, null, null, null);
    public static CollectionsResult<T> UnknownLoan(string loanId) => new(default, CollectionsError.UnknownLoan, null, $"loan {loanId} is not registered");
    public static CollectionsResult<T> Refused(Refusal refusal) => new(default, CollectionsError.Refused, refusal.Field, refusal.Reason);
}
