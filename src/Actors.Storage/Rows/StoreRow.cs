namespace Actors.Storage;

/// <summary>
/// One change the store's writer applies inside its transaction. A write is a list of rows that commit together or
/// not at all (a <em>unit</em>); many units share one commit.
/// </summary>
/// <remarks>
/// The set is closed on purpose: each store knows the SQL of every kind. A new kind of row (an outbox event, say) is a
/// new record here and one case in each store's writer.
/// </remarks>
public abstract record StoreRow;

/// <summary>
/// A grain's state row, written only if the stored version is <paramref name="ExpectedVersion"/> (null: no row may
/// exist yet). A <paramref name="Payload"/> of null clears the state (the row stays, with a new version). A unit's
/// state row is applied first: when its version check fails, nothing else of the unit is written.
/// </summary>
public sealed record StateRow(StateKey Key, byte[]? Payload, int? ExpectedVersion) : StoreRow;

/// <summary>The first outcome of a transaction on an entity, kept for the replay window (insert-only).</summary>
public sealed record ReceiptRow(string Entity, string TransactionId, int Status, string? Detail, DateTimeOffset RecordedAt) : StoreRow;

/// <summary>Membership of <paramref name="MemberId"/> in a group (an institution's terminals, a maintainer's portfolio); <paramref name="Present"/> false removes it.</summary>
public sealed record MemberRow(string Group, string MemberId, bool Present = true) : StoreRow;

/// <summary>
/// One item of a read model (<paramref name="Model"/> e.g. 'worklist/SB-FT', <paramref name="Key"/> the entity it comes
/// from), replaced whole; a <paramref name="Payload"/> of null removes it. Read models are rebuildable, so these rows
/// are a cache that survives a restart, never a record of their own.
/// </summary>
public sealed record ReadModelRow(string Model, string Key, string? Payload) : StoreRow;

/// <summary>An entity's durable clock: due at <paramref name="DueAt"/> (null: no clock), woken by the clock of <paramref name="Bucket"/>.</summary>
public sealed record ClockRow(string GrainId, int Bucket, DateTimeOffset? DueAt) : StoreRow;

/// <summary>An Orleans reminder, inserted or replaced; the unit's outcome carries the new version.</summary>
public sealed record ReminderUpsertRow(string GrainId, string Name, DateTime StartTimeUtc, long PeriodMilliseconds, int GrainHash) : StoreRow;

/// <summary>Removes an Orleans reminder if its version is still <paramref name="Version"/>; otherwise the unit is not applied.</summary>
public sealed record ReminderRemoveRow(string GrainId, string Name, int Version) : StoreRow;

/// <summary>Removes every reminder of the service (Orleans' test-only clear).</summary>
public sealed record ReminderClearRow : StoreRow;

/// <summary>Forgets up to <paramref name="Limit"/> receipts recorded before <paramref name="Before"/> (outside every replay window).</summary>
public sealed record ReceiptPruneRow(DateTimeOffset Before, int Limit) : StoreRow;

/// <summary>
/// An event of <paramref name="Source"/> (an entity's grain id) written in the same commit as the state it describes: the
/// transactional outbox (docs/events.md). Numbered per source, so a repeated write of the same event stores it once;
/// a <paramref name="Payload"/> of null removes it once it has been delivered.
/// </summary>
public sealed record OutboxRow(string Source, long Sequence, int Bucket, DateTimeOffset WrittenAt, byte[]? Payload) : StoreRow;

/// <summary>An event in the outbox, not yet known to be delivered.</summary>
public sealed record OutboxEntry(string Source, long Sequence, DateTimeOffset WrittenAt, byte[] Payload);

/// <summary>An entry of the security audit (append-only: the store has no way to change or remove one).</summary>
public sealed record AuditRow(DateTimeOffset At, Actors.Domain.Audit.AuditEntry Entry) : StoreRow;

/// <summary>
/// Where a grain-state row lives, computed exactly as Orleans' ADO.NET grain storage computes it, so that rows it wrote
/// are found and rows we write are read by it.
/// </summary>
public readonly record struct StateKey(int GrainIdHash, long N0, long N1, int GrainTypeHash, string GrainType, string? KeyExtension);

/// <summary>
/// What happened to a unit: <see cref="Applied"/> false when its conditional row (a state row's version, a reminder's
/// version on removal) did not match, in which case nothing of it was written. <see cref="Version"/> is the new
/// version of its state row or reminder.
/// </summary>
public readonly record struct WriteOutcome(bool Applied, int? Version)
{
    public static WriteOutcome Conflict => new(false, null);
}

/// <summary>A stored state: its payload (null after a clear) and version.</summary>
public sealed record StoredState(byte[]? Payload, int Version);

/// <summary>A stored receipt.</summary>
public sealed record StoredReceipt(int Status, string? Detail, DateTimeOffset RecordedAt);

/// <summary>A stored read-model item.</summary>
public sealed record StoredReadModelItem(string Key, string Payload);

/// <summary>A stored Orleans reminder.</summary>
public sealed record ReminderRow(string GrainId, string Name, DateTime StartTimeUtc, long PeriodMilliseconds, int Version);
