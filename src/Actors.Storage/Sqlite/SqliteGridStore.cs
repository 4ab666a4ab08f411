using Microsoft.Data.Sqlite;

namespace Actors.Storage;

/// <summary>The embedded store: one <see cref="SqliteWriter"/> for every write of the silo, WAL readers for the reads.</summary>
public sealed class SqliteGridStore : IGridStore
{
    private static readonly string[] StateKeyNames = ["$s", "$th", "$ih", "$n0", "$n1", "$t", "$x"];
    private readonly SqliteWriter _writer;
    private readonly SqliteReaders _readers;

    /// <param name="connectionString">A database already migrated (<see cref="SqliteSchema.MigrateAsync"/>), hence in WAL mode.</param>
    public SqliteGridStore(string connectionString, string serviceId, int maxBatch = 1024)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        ServiceId = serviceId;
        _writer = new SqliteWriter(connectionString, serviceId, maxBatch);
        _readers = new SqliteReaders(connectionString, keepOpen: Math.Max(4, Environment.ProcessorCount * 2));
    }

    public string ServiceId { get; }

    /// <summary>Transactions committed to the file by this store's writer (SQLite's own count).</summary>
    public long Commits => _writer.Commits;

    public Task<WriteOutcome> WriteAsync(IReadOnlyList<StoreRow> unit) => _writer.WriteAsync(unit);

    public Task<StoredState?> ReadStateAsync(StateKey key) => Task.FromResult(_readers.Read(session =>
    {
        using var reader = session.Command(SqliteRowSql.ReadState, StateKeyNames,
            ServiceId, key.GrainTypeHash, key.GrainIdHash, key.N0, key.N1, key.GrainType, key.KeyExtension).ExecuteReader();
        return reader.Read() ? new StoredState(reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0), reader.GetInt32(1)) : null;
    }));

    public Task<StoredReceipt?> ReadReceiptAsync(string entity, string transactionId, DateTimeOffset since) => Task.FromResult(_readers.Read(session =>
    {
        using var reader = session.Command(SqliteRowSql.ReadReceipt, ["$s", "$e", "$id", "$since"],
            ServiceId, entity, transactionId, since.ToUnixTimeMilliseconds()).ExecuteReader();
        return reader.Read()
            ? new StoredReceipt(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)))
            : null;
    }));

    public Task<IReadOnlyList<string>> ReadMembersAsync(string group) => Task.FromResult(_readers.Read(session =>
        Strings(session.Command(SqliteRowSql.ReadMembers, ["$s", "$g"], ServiceId, group))));

    public Task<IReadOnlyList<StoredReadModelItem>> ReadModelAsync(string model) => Task.FromResult(_readers.Read(session =>
    {
        using var reader = session.Command(SqliteRowSql.ReadReadModel, ["$s", "$m"], ServiceId, model).ExecuteReader();
        var items = new List<StoredReadModelItem>();
        while (reader.Read())
        {
            items.Add(new StoredReadModelItem(reader.GetString(0), reader.GetString(1)));
        }
        return (IReadOnlyList<StoredReadModelItem>)items;
    }));

    public Task<IReadOnlyList<string>> ReadDueClocksAsync(int bucket, DateTimeOffset until, int limit) => Task.FromResult(_readers.Read(session =>
        Strings(session.Command(SqliteRowSql.ReadDueClocks, ["$s", "$b", "$at", "$n"], ServiceId, bucket, until.ToUnixTimeMilliseconds(), limit))));

    public Task<DateTimeOffset?> ReadNextClockAsync(int bucket) => Task.FromResult(_readers.Read(session =>
        session.Command(SqliteRowSql.ReadNextClock, ["$s", "$b"], ServiceId, bucket).ExecuteScalar() is long ms
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : (DateTimeOffset?)null));

    public Task<IReadOnlyList<OutboxEntry>> ReadOutboxAsync(int bucket, DateTimeOffset writtenBy, int limit) => Task.FromResult(_readers.Read(session =>
    {
        using var reader = session.Command(SqliteRowSql.ReadOutbox, ["$s", "$b", "$at", "$n"], ServiceId, bucket, writtenBy.ToUnixTimeMilliseconds(), limit)
            .ExecuteReader();
        var entries = new List<OutboxEntry>();
        while (reader.Read())
        {
            entries.Add(new OutboxEntry(reader.GetString(0), reader.GetInt64(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)), (byte[])reader.GetValue(3)));
        }
        return (IReadOnlyList<OutboxEntry>)entries;
    }));

    public Task<IReadOnlyList<ReminderRow>> ReadRemindersAsync(string grainId) => Task.FromResult(_readers.Read(session =>
        Reminders(session.Command(SqliteRowSql.ReadReminders, ["$s", "$g"], ServiceId, grainId))));

    public Task<ReminderRow?> ReadReminderAsync(string grainId, string name) => Task.FromResult(_readers.Read(session =>
        Reminders(session.Command(SqliteRowSql.ReadReminder, ["$s", "$g", "$n"], ServiceId, grainId, name)).FirstOrDefault()));

    public Task<IReadOnlyList<ReminderRow>> ReadReminderRangeAsync(int begin, int end) => Task.FromResult(_readers.Read(session =>
        Reminders(session.Command(begin < end ? SqliteRowSql.ReadReminderRange : SqliteRowSql.ReadReminderRangeWrapping,
            ["$s", "$begin", "$end"], ServiceId, begin, end))));

    private static IReadOnlyList<string> Strings(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static IReadOnlyList<ReminderRow> Reminders(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<ReminderRow>();
        while (reader.Read())
        {
            // StartTime is the TEXT Microsoft.Data.Sqlite writes for a DateTime (full tick precision, UTC without an offset).
            rows.Add(new ReminderRow(reader.GetString(0), reader.GetString(1), DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
                reader.GetInt64(3), reader.GetInt32(4)));
        }
        return rows;
    }

    /// <summary>Commits what is queued and closes every connection.</summary>
    public ValueTask DisposeAsync()
    {
        _writer.Dispose();
        _readers.Dispose();
        return ValueTask.CompletedTask;
    }
}
