namespace Actors.Storage;

/// <summary>
/// The grid store in memory, not durable: for measuring what the grid costs without a disk (the benchmarks' ceiling).
/// Same semantics as the durable stores: units are atomic, a version conflict fails its own unit only.
/// </summary>
public sealed class MemoryGridStore(string serviceId) : IGridStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<StateKey, StoredState> _states = [];
    private readonly Dictionary<(string Entity, string Id), StoredReceipt> _receipts = [];
    private readonly Dictionary<string, SortedSet<string>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<string, string>> _readModels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Bucket, DateTimeOffset Due)> _clocks = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, long Sequence), (int Bucket, OutboxEntry Entry)> _outbox = [];
    private readonly Dictionary<(string GrainId, string Name), ReminderRow> _reminders = [];
    private readonly Dictionary<string, int> _reminderHashes = new(StringComparer.Ordinal);

    public string ServiceId { get; } = serviceId;

    public Task<WriteOutcome> WriteAsync(IReadOnlyList<StoreRow> unit)
    {
        PendingWrite.For(unit);
        lock (_gate)
        {
            return Task.FromResult(Apply(unit));
        }
    }

    private WriteOutcome Apply(IReadOnlyList<StoreRow> unit)
    {
        int? version = null;
        foreach (var row in unit)
        {
            switch (row)
            {
                case StateRow state:
                    var stored = _states.GetValueOrDefault(state.Key);
                    if (stored?.Version != state.ExpectedVersion || (stored is null && state.Payload is null))
                    {
                        return WriteOutcome.Conflict;
                    }
                    version = (stored?.Version ?? 0) + 1;
                    _states[state.Key] = new StoredState(state.Payload, version.Value);
                    break;
                case ReminderRemoveRow remove:
                    if (_reminders.GetValueOrDefault((remove.GrainId, remove.Name))?.Version != remove.Version)
                    {
                        return WriteOutcome.Conflict;
                    }
                    _reminders.Remove((remove.GrainId, remove.Name));
                    break;
                case ReminderUpsertRow upsert:
                    version = _reminders.TryGetValue((upsert.GrainId, upsert.Name), out var old) ? old.Version + 1 : 0;
                    _reminders[(upsert.GrainId, upsert.Name)] = new ReminderRow(upsert.GrainId, upsert.Name, upsert.StartTimeUtc, upsert.PeriodMilliseconds, version.Value);
                    _reminderHashes[upsert.GrainId] = upsert.GrainHash;
                    break;
                case ReminderClearRow:
                    _reminders.Clear();
                    break;
                case ReceiptRow receipt:
                    _receipts.TryAdd((receipt.Entity, receipt.TransactionId), new StoredReceipt(receipt.Status, receipt.Detail, receipt.RecordedAt));
                    break;
                case ReceiptPruneRow prune:
                    foreach (var key in _receipts.Where(r => r.Value.RecordedAt < prune.Before).Take(prune.Limit).Select(r => r.Key).ToList())
                    {
                        _receipts.Remove(key);
                    }
                    break;
                case MemberRow member when member.Present:
                    (_members.TryGetValue(member.Group, out var set) ? set : _members[member.Group] = new SortedSet<string>(StringComparer.Ordinal)).Add(member.MemberId);
                    break;
                case MemberRow member:
                    _members.GetValueOrDefault(member.Group)?.Remove(member.MemberId);
                    break;
                case ReadModelRow { Payload: { } payload } item:
                    (_readModels.TryGetValue(item.Model, out var model) ? model : _readModels[item.Model] = new SortedDictionary<string, string>(StringComparer.Ordinal))[item.Key] = payload;
                    break;
                case ReadModelRow item:
                    _readModels.GetValueOrDefault(item.Model)?.Remove(item.Key);
                    break;
                case ClockRow { DueAt: { } due } clock:
                    _clocks[clock.GrainId] = (clock.Bucket, due);
                    break;
                case ClockRow clock:
                    _clocks.Remove(clock.GrainId);
                    break;
                case OutboxRow { Payload: { } payload } outbox:
                    _outbox.TryAdd((outbox.Source, outbox.Sequence), (outbox.Bucket, new OutboxEntry(outbox.Source, outbox.Sequence, outbox.WrittenAt, payload)));
                    break;
                case OutboxRow outbox:
                    _outbox.Remove((outbox.Source, outbox.Sequence));
                    break;
                default:
                    throw new NotSupportedException($"The memory store cannot write a {row.GetType().Name}.");
            }
        }
        return new WriteOutcome(true, version);
    }

    public Task<StoredState?> ReadStateAsync(StateKey key) => Read(() => _states.GetValueOrDefault(key));

    public Task<StoredReceipt?> ReadReceiptAsync(string entity, string transactionId, DateTimeOffset since) =>
        Read(() => _receipts.GetValueOrDefault((entity, transactionId)) is { } r && r.RecordedAt >= since ? r : null);

    public Task<IReadOnlyList<string>> ReadMembersAsync(string group) =>
        Read<IReadOnlyList<string>>(() => _members.TryGetValue(group, out var set) ? [.. set] : []);

    public Task<IReadOnlyList<StoredReadModelItem>> ReadModelAsync(string model) => Read<IReadOnlyList<StoredReadModelItem>>(() =>
        _readModels.TryGetValue(model, out var items) ? [.. items.Select(i => new StoredReadModelItem(i.Key, i.Value))] : []);

    public Task<IReadOnlyList<string>> ReadDueClocksAsync(int bucket, DateTimeOffset until, int limit) => Read<IReadOnlyList<string>>(() =>
        [.. _clocks.Where(c => c.Value.Bucket == bucket && c.Value.Due <= until).OrderBy(c => c.Value.Due).Take(limit).Select(c => c.Key)]);

    public Task<DateTimeOffset?> ReadNextClockAsync(int bucket) => Read(() =>
        _clocks.Values.Where(c => c.Bucket == bucket).Select(c => (DateTimeOffset?)c.Due).Min());

    public Task<IReadOnlyList<OutboxEntry>> ReadOutboxAsync(int bucket, DateTimeOffset writtenBy, int limit) => Read<IReadOnlyList<OutboxEntry>>(() =>
        [.. _outbox.Values.Where(o => o.Bucket == bucket && o.Entry.WrittenAt <= writtenBy).Select(o => o.Entry).OrderBy(e => e.WrittenAt).Take(limit)]);

    public Task<IReadOnlyList<ReminderRow>> ReadRemindersAsync(string grainId) =>
        Read<IReadOnlyList<ReminderRow>>(() => [.. _reminders.Values.Where(r => r.GrainId == grainId)]);

    public Task<ReminderRow?> ReadReminderAsync(string grainId, string name) => Read(() => _reminders.GetValueOrDefault((grainId, name)));

    public Task<IReadOnlyList<ReminderRow>> ReadReminderRangeAsync(int begin, int end) => Read<IReadOnlyList<ReminderRow>>(() =>
        [.. _reminders.Values.Where(r => _reminderHashes[r.GrainId] is var h && (begin < end ? h > begin && h <= end : h > begin || h <= end))]);

    private Task<T> Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return Task.FromResult(read());
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
