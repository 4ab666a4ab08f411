using Actors.Domain;
using Actors.Contracts.Transactions;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// The ids an entity has applied, with their first outcome. Lives inside the entity's own state so that the
/// effect and the record of it are written in one storage write: nothing applied twice, nothing lost.
/// </summary>
[GenerateSerializer, Alias("bg.TransactionReceipts.v1")]
public sealed class TransactionReceipts
{
    [Id(0)] public Dictionary<string, Receipt> ById { get; set; } = new(StringComparer.Ordinal);

    public bool TryReplay(string transactionId, out TransactionOutcome outcome)
    {
        if (ById.TryGetValue(transactionId, out var receipt))
        {
            outcome = new TransactionOutcome(transactionId, receipt.Status, receipt.Detail, Replayed: true);
            return true;
        }
        outcome = null!;
        return false;
    }

    /// <summary>A transaction older than the window may have been forgotten already, so it is refused, never guessed.</summary>
    public static bool IsTooOld(DateTimeOffset businessAt, DateTimeOffset now, TransactionOptions options) =>
        businessAt < now.AddDays(-options.ReplayWindowDays);

    public static TransactionOutcome TooOld(string transactionId, TransactionOptions options) =>
        new(transactionId, OutcomeStatus.Refused, $"older than the {options.ReplayWindowDays}-day replay window: post it through reconciliation");

    /// <summary>Records the outcome and forgets receipts recorded before the window (they can no longer be replayed as new).</summary>
    public TransactionOutcome Record(TransactionOutcome outcome, DateTimeOffset now, TransactionOptions options)
    {
        var horizon = now.AddDays(-options.ReplayWindowDays);
        foreach (var stale in ById.Where(r => r.Value.RecordedAt < horizon).Select(r => r.Key).ToList())
        {
            ById.Remove(stale);
        }
        ById[outcome.TransactionId] = new Receipt(outcome.Status, outcome.Detail, now);
        return outcome;
    }
}

[GenerateSerializer, Immutable, Alias("bg.Receipt.v1")]
public sealed record Receipt(OutcomeStatus Status, string? Detail, DateTimeOffset RecordedAt);
