namespace Actors.Storage;

/// <summary>
/// The grid's durable store: one writer that commits the silo's writes in groups, and reads that never wait for it.
/// Rows are kept per <see cref="ServiceId"/>, as Orleans keys its own tables.
/// </summary>
public interface IGridStore : IAsyncDisposable
{
    string ServiceId { get; }

    /// <summary>
    /// Queues a unit of rows for the writer and completes when the commit that carries it is durable: with the unit's
    /// outcome, or with the exception that failed its whole commit.
    /// </summary>
    Task<WriteOutcome> WriteAsync(IReadOnlyList<StoreRow> unit);

    Task<StoredState?> ReadStateAsync(StateKey key);

    /// <summary>The receipt of <paramref name="transactionId"/> on <paramref name="entity"/> if one was recorded at or after <paramref name="since"/>.</summary>
    Task<StoredReceipt?> ReadReceiptAsync(string entity, string transactionId, DateTimeOffset since);

    /// <summary>The members of a group, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ReadMembersAsync(string group);

    /// <summary>Every item of a read model, in ordinal order of key.</summary>
    Task<IReadOnlyList<StoredReadModelItem>> ReadModelAsync(string model);

    /// <summary>Up to <paramref name="limit"/> clocks of a bucket due at or before <paramref name="until"/>, earliest first.</summary>
    Task<IReadOnlyList<string>> ReadDueClocksAsync(int bucket, DateTimeOffset until, int limit);

    /// <summary>The earliest clock of a bucket, if any.</summary>
    Task<DateTimeOffset?> ReadNextClockAsync(int bucket);

    /// <summary>Up to <paramref name="limit"/> events of an outbox bucket written at or before <paramref name="writtenBy"/>, oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ReadOutboxAsync(int bucket, DateTimeOffset writtenBy, int limit);

    Task<IReadOnlyList<ReminderRow>> ReadRemindersAsync(string grainId);

    Task<ReminderRow?> ReadReminderAsync(string grainId, string name);

    /// <summary>Reminders whose ring hash is in (<paramref name="begin"/>, <paramref name="end"/>] on the ring of signed hashes (wrapping when begin ≥ end).</summary>
    Task<IReadOnlyList<ReminderRow>> ReadReminderRangeAsync(int begin, int end);
}
