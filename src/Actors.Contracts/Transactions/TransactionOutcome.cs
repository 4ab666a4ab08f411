namespace Actors.Contracts.Transactions;

[GenerateSerializer, Alias("bg.OutcomeStatus")]
public enum OutcomeStatus
{
    /// <summary>Applied and durable.</summary>
    Applied,
    /// <summary>No such terminal, loan or client is registered.</summary>
    UnknownEntity,
    /// <summary>Not applied for a business reason given in Detail (e.g. outside the replay window).</summary>
    Refused,
}

/// <summary>
/// What happened to one transaction. A replayed id reports the first outcome with Replayed = true,
/// so an upstream system that retries learns the truth without changing anything.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.TransactionOutcome")]
public sealed record TransactionOutcome(string TransactionId, OutcomeStatus Status, string? Detail = null, bool Replayed = false)
{
    public static TransactionOutcome Unknown(string transactionId, string what) =>
        new(transactionId, OutcomeStatus.UnknownEntity, $"{what} is not registered");
}
