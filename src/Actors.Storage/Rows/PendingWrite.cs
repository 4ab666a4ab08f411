using System.Diagnostics;

namespace Actors.Storage;

/// <summary>A unit queued for a store's writer, and the caller waiting for its commit.</summary>
internal sealed class PendingWrite
{
    private PendingWrite(IReadOnlyList<StoreRow> rows) => Rows = rows;

    public IReadOnlyList<StoreRow> Rows { get; }

    public long EnqueuedAt { get; } = Stopwatch.GetTimestamp();

    /// <summary>Completes on a thread of its own, never on the writer's: the writer goes on to its next commit.</summary>
    public TaskCompletionSource<WriteOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WriteOutcome Outcome { get; set; }

    /// <summary>
    /// Checks the unit: not empty, and only its first row may be conditional (a state row, a reminder's removal), so a
    /// failed check leaves nothing of the unit written without a savepoint.
    /// </summary>
    public static PendingWrite For(IReadOnlyList<StoreRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("A write needs at least one row.", nameof(rows));
        }
        for (var i = 1; i < rows.Count; i++)
        {
            if (IsConditional(rows[i]))
            {
                throw new ArgumentException($"Only the first row of a write may be conditional; row {i} is a {rows[i].GetType().Name}.", nameof(rows));
            }
        }
        return new PendingWrite(rows);
    }

    private static bool IsConditional(StoreRow row) => row is StateRow or ReminderRemoveRow;

    /// <summary>A commit carried <paramref name="batch"/>: each caller gets its own outcome (a conflict fails only its row).</summary>
    public static void Committed(IReadOnlyList<PendingWrite> batch, string store, long startedAt)
    {
        StoreMetrics.Committed(store, batch, startedAt);
        foreach (var write in batch)
        {
            write.Done.TrySetResult(write.Outcome);
        }
    }

    /// <summary>A commit failed: every write it carried fails, none is stored.</summary>
    public static void Failed(IReadOnlyList<PendingWrite> batch, string store, string storeName, Exception cause)
    {
        StoreMetrics.Failed(store);
        foreach (var write in batch)
        {
            write.Done.TrySetException(new GridStoreException($"The {storeName} could not commit {batch.Count} writes: {cause.Message}", cause));
        }
    }
}

/// <summary>A commit failed: none of the writes it carried is stored.</summary>
public sealed class GridStoreException(string message, Exception? inner = null) : Exception(message, inner);
