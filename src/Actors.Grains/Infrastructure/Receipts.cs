using Actors.Contracts.Transactions;
using Actors.Domain;
using Actors.Storage;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// The first outcome of every transaction an entity applied, as insert-only rows beside its state: recorded in the same
/// commit as the effect (nothing applied twice, nothing lost), read back by id for a replay, forgotten after the replay
/// window. The entity's own write stays the same size however many transactions it has seen.
/// </summary>
internal static class Receipts
{
    /// <summary>
    /// The first outcome of <paramref name="transactionId"/> if the entity applied it inside the replay window: from the
    /// receipts not yet committed (a failed write keeps them with the state in memory), from receipts an older state still
    /// carries, or from the receipt rows.
    /// </summary>
    public static async Task<TransactionOutcome?> ReplayAsync(this Grain grain, IGridStore store, TransactionReceipts? kept, string transactionId,
        DateTimeOffset now, TransactionOptions options)
    {
        var horizon = Horizon(now, options);
        if (grain.Staged<ReceiptRow>().FirstOrDefault(r => r.TransactionId == transactionId) is { } staged)
        {
            return Replayed(transactionId, staged.Status, staged.Detail);
        }
        if (kept?.ById.GetValueOrDefault(transactionId) is { } old && old.RecordedAt >= horizon)
        {
            return new TransactionOutcome(transactionId, old.Status, old.Detail, Replayed: true);
        }
        return await store.ReadReceiptAsync(grain.EntityKey(), transactionId, horizon) is { } row
            ? Replayed(transactionId, row.Status, row.Detail)
            : null;
    }

    /// <summary>A transaction older than the window may have been forgotten already, so it is refused, never guessed.</summary>
    public static bool IsTooOld(DateTimeOffset businessAt, DateTimeOffset now, TransactionOptions options) => businessAt < Horizon(now, options);

    public static TransactionOutcome TooOld(string transactionId, TransactionOptions options) =>
        new(transactionId, OutcomeStatus.Refused, $"older than the {options.ReplayWindowDays}-day replay window: post it through reconciliation");

    /// <summary>
    /// Stages the outcome's receipt for the entity's next state write, with the receipts an older state still carries
    /// (those inside the window); returns what the state keeps of them from now on: nothing.
    /// </summary>
    public static TransactionReceipts? Record(this Grain grain, TransactionOutcome outcome, TransactionReceipts? kept, DateTimeOffset now, TransactionOptions options)
    {
        var entity = grain.EntityKey();
        var horizon = Horizon(now, options);
        foreach (var (id, old) in kept?.ById ?? [])
        {
            if (old.RecordedAt >= horizon && id != outcome.TransactionId)
            {
                grain.Stage(new ReceiptRow(entity, id, (int)old.Status, old.Detail, old.RecordedAt));
            }
        }
        grain.Stage(new ReceiptRow(entity, outcome.TransactionId, (int)outcome.Status, outcome.Detail, now));
        return null;
    }

    /// <summary>Receipts recorded before this instant are outside every entity's window.</summary>
    public static DateTimeOffset Horizon(DateTimeOffset now, TransactionOptions options) => now.AddDays(-options.ReplayWindowDays);

    private static TransactionOutcome Replayed(string transactionId, int status, string? detail) =>
        new(transactionId, (OutcomeStatus)status, detail, Replayed: true);
}
