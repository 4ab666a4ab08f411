using System.Diagnostics;
using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Actors.Storage;

/// <summary>
/// The cluster store: the silo's writes are queued and flushed together, every write waiting in one transaction (two
/// round trips: the conditional first rows, then the rest of the units that passed), so many callers share one commit;
/// reads run on pooled connections and never wait for the flush.
/// </summary>
/// <remarks>
/// Several silos write to one database: each has its own flusher, and PostgreSQL's row locks and version checks keep
/// them apart (a duplicate activation's write is a version conflict for its own unit only).
/// </remarks>
public sealed class PostgresGridStore : IGridStore
{
    private const string Store = "postgresql";

    private readonly NpgsqlDataSource _source;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _flusher;
    private readonly int _maxBatch;

    public PostgresGridStore(string connectionString, string serviceId, int maxBatch = 1024)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        ServiceId = serviceId;
        _maxBatch = maxBatch;
        // Statements the store runs again and again are prepared once per connection.
        _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 });
        _flusher = Task.Run(FlushAsync);
    }

    public string ServiceId { get; }

    public Task<WriteOutcome> WriteAsync(IReadOnlyList<StoreRow> unit)
    {
        var write = PendingWrite.For(unit);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(PostgresGridStore), "The cluster store is closed.");
        }
        return write.Done.Task;
    }

    private async Task FlushAsync()
    {
        var batch = new List<PendingWrite>(_maxBatch);
        var queue = _queue.Reader;
        while (await queue.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && queue.TryRead(out var write))
            {
                batch.Add(write);
            }
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var connection = await _source.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await ApplyFirstRowsAsync(connection, transaction, batch);
            await ApplyRestAsync(connection, transaction, batch);
            await transaction.CommitAsync();
        }
        catch (Exception ex)
        {
            PendingWrite.Failed(batch, Store, "cluster store", ex);
            return;
        }
        PendingWrite.Committed(batch, Store, started);
    }

    /// <summary>Round trip one: each unit's first row when it answers (a state row's new version, a reminder's); sets the outcomes.</summary>
    private async Task ApplyFirstRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<PendingWrite> batch)
    {
        await using var round = new NpgsqlBatch(connection, transaction);
        var answering = new List<PendingWrite>();
        foreach (var write in batch)
        {
            write.Outcome = new WriteOutcome(true, null);
            if (write.Rows[0] is StateRow or ReminderRemoveRow or ReminderUpsertRow)
            {
                round.BatchCommands.Add(Command(write.Rows[0]));
                answering.Add(write);
            }
        }
        if (answering.Count == 0)
        {
            return;
        }
        await using var reader = await round.ExecuteReaderAsync();
        foreach (var write in answering)
        {
            write.Outcome = await reader.ReadAsync() ? new WriteOutcome(true, reader.GetInt32(0)) : WriteOutcome.Conflict;
            await reader.NextResultAsync();
        }
    }

    /// <summary>Round trip two: every other row of the units whose first row passed.</summary>
    private async Task ApplyRestAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<PendingWrite> batch)
    {
        await using var round = new NpgsqlBatch(connection, transaction);
        foreach (var write in batch.Where(w => w.Outcome.Applied))
        {
            var first = write.Rows[0] is StateRow or ReminderRemoveRow or ReminderUpsertRow ? 1 : 0;
            for (var i = first; i < write.Rows.Count; i++)
            {
                round.BatchCommands.Add(Command(write.Rows[i]));
            }
        }
        if (round.BatchCommands.Count > 0)
        {
            await round.ExecuteNonQueryAsync();
        }
    }

    private NpgsqlBatchCommand Command(StoreRow row) => row switch
    {
        StateRow { ExpectedVersion: null, Payload: not null } s => Batch(PostgresRowSql.InsertState, [.. Key(s.Key), Bytes(s.Payload)]),
        StateRow s => Batch(PostgresRowSql.UpdateState, [.. Key(s.Key), Bytes(s.Payload), Int(s.ExpectedVersion)]),
        ReceiptRow r => Batch(PostgresRowSql.InsertReceipt, [Text(ServiceId), Text(r.Entity), Text(r.TransactionId), Int(r.Status), Text(r.Detail), Time(r.RecordedAt)]),
        MemberRow { Present: true } m => Batch(PostgresRowSql.InsertMember, [Text(ServiceId), Text(m.Group), Text(m.MemberId)]),
        MemberRow m => Batch(PostgresRowSql.DeleteMember, [Text(ServiceId), Text(m.Group), Text(m.MemberId)]),
        ReadModelRow { Payload: { } payload } r => Batch(PostgresRowSql.UpsertReadModel, [Text(ServiceId), Text(r.Model), Text(r.Key), Text(payload)]),
        ReadModelRow r => Batch(PostgresRowSql.DeleteReadModel, [Text(ServiceId), Text(r.Model), Text(r.Key)]),
        ClockRow { DueAt: { } due } c => Batch(PostgresRowSql.UpsertClock, [Text(ServiceId), Text(c.GrainId), Int(c.Bucket), Time(due)]),
        ClockRow c => Batch(PostgresRowSql.DeleteClock, [Text(ServiceId), Text(c.GrainId)]),
        ReminderUpsertRow u => Batch(PostgresRowSql.UpsertReminder,
            [Text(ServiceId), Text(u.GrainId), Text(u.Name), Time(new DateTimeOffset(u.StartTimeUtc, TimeSpan.Zero)), Long(u.PeriodMilliseconds), Int(u.GrainHash)]),
        ReminderRemoveRow r => Batch(PostgresRowSql.RemoveReminder, [Text(ServiceId), Text(r.GrainId), Text(r.Name), Int(r.Version)]),
        ReminderClearRow => Batch(PostgresRowSql.ClearReminders, [Text(ServiceId)]),
        ReceiptPruneRow p => Batch(PostgresRowSql.PruneReceipts, [Text(ServiceId), Time(p.Before), Int(p.Limit)]),
        OutboxRow { Payload: { } payload } o => Batch(PostgresRowSql.InsertOutbox,
            [Text(ServiceId), Text(o.Source), Long(o.Sequence), Int(o.Bucket), Time(o.WrittenAt), Bytes(payload)]),
        OutboxRow o => Batch(PostgresRowSql.DeleteOutbox, [Text(ServiceId), Text(o.Source), Long(o.Sequence)]),
        _ => throw new NotSupportedException($"The cluster store cannot write a {row.GetType().Name}."),
    };

    public async Task<StoredState?> ReadStateAsync(StateKey key)
    {
        await using var command = Query(PostgresRowSql.ReadState, Key(key));
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new StoredState(reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0), reader.GetInt32(1)) : null;
    }

    public async Task<StoredReceipt?> ReadReceiptAsync(string entity, string transactionId, DateTimeOffset since)
    {
        await using var command = Query(PostgresRowSql.ReadReceipt, [Text(ServiceId), Text(entity), Text(transactionId), Time(since)]);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new StoredReceipt(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2))
            : null;
    }

    public Task<IReadOnlyList<string>> ReadMembersAsync(string group) =>
        StringsAsync(PostgresRowSql.ReadMembers, [Text(ServiceId), Text(group)]);

    public async Task<IReadOnlyList<StoredReadModelItem>> ReadModelAsync(string model)
    {
        await using var command = Query(PostgresRowSql.ReadReadModel, [Text(ServiceId), Text(model)]);
        await using var reader = await command.ExecuteReaderAsync();
        var items = new List<StoredReadModelItem>();
        while (await reader.ReadAsync())
        {
            items.Add(new StoredReadModelItem(reader.GetString(0), reader.GetString(1)));
        }
        return items;
    }

    public Task<IReadOnlyList<string>> ReadDueClocksAsync(int bucket, DateTimeOffset until, int limit) =>
        StringsAsync(PostgresRowSql.ReadDueClocks, [Text(ServiceId), Int(bucket), Time(until), Int(limit)]);

    public async Task<DateTimeOffset?> ReadNextClockAsync(int bucket)
    {
        await using var command = Query(PostgresRowSql.ReadNextClock, [Text(ServiceId), Int(bucket)]);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() && !reader.IsDBNull(0) ? reader.GetFieldValue<DateTimeOffset>(0) : null;
    }

    public async Task<IReadOnlyList<OutboxEntry>> ReadOutboxAsync(int bucket, DateTimeOffset writtenBy, int limit)
    {
        await using var command = Query(PostgresRowSql.ReadOutbox, [Text(ServiceId), Int(bucket), Time(writtenBy), Int(limit)]);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<OutboxEntry>();
        while (await reader.ReadAsync())
        {
            entries.Add(new OutboxEntry(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), (byte[])reader.GetValue(3)));
        }
        return entries;
    }

    public Task<IReadOnlyList<ReminderRow>> ReadRemindersAsync(string grainId) =>
        RemindersAsync(PostgresRowSql.ReadReminders, [Text(ServiceId), Text(grainId)]);

    public async Task<ReminderRow?> ReadReminderAsync(string grainId, string name) =>
        (await RemindersAsync(PostgresRowSql.ReadReminder, [Text(ServiceId), Text(grainId), Text(name)])).FirstOrDefault();

    public Task<IReadOnlyList<ReminderRow>> ReadReminderRangeAsync(int begin, int end) =>
        RemindersAsync(begin < end ? PostgresRowSql.ReadReminderRange : PostgresRowSql.ReadReminderRangeWrapping, [Text(ServiceId), Int(begin), Int(end)]);

    private async Task<IReadOnlyList<string>> StringsAsync(string sql, NpgsqlParameter[] parameters)
    {
        await using var command = Query(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private async Task<IReadOnlyList<ReminderRow>> RemindersAsync(string sql, NpgsqlParameter[] parameters)
    {
        await using var command = Query(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<ReminderRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new ReminderRow(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2).UtcDateTime, reader.GetInt64(3), reader.GetInt32(4)));
        }
        return rows;
    }

    private NpgsqlCommand Query(string sql, NpgsqlParameter[] parameters)
    {
        var command = _source.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlBatchCommand Batch(string sql, NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private NpgsqlParameter[] Key(StateKey k) =>
        [Text(ServiceId), Int(k.GrainTypeHash), Int(k.GrainIdHash), Long(k.N0), Long(k.N1), Text(k.GrainType), Text(k.KeyExtension)];

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Int(int? value) => new() { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Long(long value) => new() { NpgsqlDbType = NpgsqlDbType.Bigint, Value = value };

    private static NpgsqlParameter Bytes(byte[]? value) => new() { NpgsqlDbType = NpgsqlDbType.Bytea, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Time(DateTimeOffset value) => new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = value.ToUniversalTime() };

    /// <summary>Flushes what is queued and closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_queue.Writer.TryComplete())
        {
            await _flusher;
            await _source.DisposeAsync();
        }
    }
}
