namespace Actors.Storage;

/// <summary>The embedded store's statements over the tables of <c>Sql/Sqlite</c>; parameters are always bound, never spliced.</summary>
internal static class SqliteRowSql
{
    private const string StateWhere = """
        GrainIdHash = $ih AND GrainTypeHash = $th AND ServiceId = $s AND GrainIdN0 = $n0 AND GrainIdN1 = $n1
          AND GrainTypeString = $t AND GrainIdExtensionString IS $x
        """;

    private const string Now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    /// <summary>First write of a state: inserts unless the row exists (then no row comes back: a version conflict).</summary>
    public const string InsertState = $"""
        INSERT INTO OrleansStorage
            (ServiceId, GrainTypeHash, GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString,
             PayloadBinary, ModifiedOnUtc, Version)
        VALUES ($s, $th, $ih, $n0, $n1, $t, $x, $p, {Now}, 1)
        ON CONFLICT DO NOTHING
        RETURNING Version;
        """;

    /// <summary>Later writes and clears (a NULL payload): only when the stored version is the caller's.</summary>
    public const string UpdateState = $"""
        UPDATE OrleansStorage SET PayloadBinary = $p, ModifiedOnUtc = {Now}, Version = Version + 1
        WHERE {StateWhere} AND Version = $v
        RETURNING Version;
        """;

    public const string ReadState = $"SELECT PayloadBinary, Version FROM OrleansStorage WHERE {StateWhere} LIMIT 1;";

    public const string InsertReceipt = """
        INSERT INTO GridReceipt (ServiceId, Entity, TransactionId, Status, Detail, RecordedAt)
        VALUES ($s, $e, $id, $st, $d, $at)
        ON CONFLICT DO NOTHING;
        """;

    public const string ReadReceipt = """
        SELECT Status, Detail, RecordedAt FROM GridReceipt
        WHERE ServiceId = $s AND Entity = $e AND TransactionId = $id AND RecordedAt >= $since;
        """;

    public const string PruneReceipts = """
        DELETE FROM GridReceipt
        WHERE ServiceId = $s AND (Entity, TransactionId) IN
            (SELECT Entity, TransactionId FROM GridReceipt WHERE ServiceId = $s AND RecordedAt < $before LIMIT $n);
        """;

    public const string InsertMember = "INSERT INTO GridMember (ServiceId, GroupKey, MemberId) VALUES ($s, $g, $m) ON CONFLICT DO NOTHING;";

    public const string DeleteMember = "DELETE FROM GridMember WHERE ServiceId = $s AND GroupKey = $g AND MemberId = $m;";

    public const string ReadMembers = "SELECT MemberId FROM GridMember WHERE ServiceId = $s AND GroupKey = $g ORDER BY MemberId;";

    public const string UpsertReadModel = """
        INSERT INTO GridReadModel (ServiceId, Model, ItemKey, Payload) VALUES ($s, $m, $k, $p)
        ON CONFLICT (ServiceId, Model, ItemKey) DO UPDATE SET Payload = excluded.Payload;
        """;

    public const string DeleteReadModel = "DELETE FROM GridReadModel WHERE ServiceId = $s AND Model = $m AND ItemKey = $k;";

    public const string ReadReadModel = "SELECT ItemKey, Payload FROM GridReadModel WHERE ServiceId = $s AND Model = $m ORDER BY ItemKey;";

    public const string UpsertClock = """
        INSERT INTO GridClock (ServiceId, GrainId, Bucket, DueAt) VALUES ($s, $g, $b, $at)
        ON CONFLICT (ServiceId, GrainId) DO UPDATE SET Bucket = excluded.Bucket, DueAt = excluded.DueAt;
        """;

    public const string DeleteClock = "DELETE FROM GridClock WHERE ServiceId = $s AND GrainId = $g;";

    public const string ReadDueClocks = "SELECT GrainId FROM GridClock WHERE ServiceId = $s AND Bucket = $b AND DueAt <= $at ORDER BY DueAt LIMIT $n;";

    public const string ReadNextClock = "SELECT MIN(DueAt) FROM GridClock WHERE ServiceId = $s AND Bucket = $b;";

    public const string InsertOutbox = """
        INSERT INTO GridOutbox (ServiceId, Source, Sequence, Bucket, WrittenAt, Payload) VALUES ($s, $src, $seq, $b, $at, $p)
        ON CONFLICT DO NOTHING;
        """;

    public const string DeleteOutbox = "DELETE FROM GridOutbox WHERE ServiceId = $s AND Source = $src AND Sequence = $seq;";

    public const string ReadOutbox = """
        SELECT Source, Sequence, WrittenAt, Payload FROM GridOutbox
        WHERE ServiceId = $s AND Bucket = $b AND WrittenAt <= $at ORDER BY WrittenAt LIMIT $n;
        """;

    private const string ReminderColumns = "GrainId, ReminderName, StartTime, Period, Version";

    public const string UpsertReminder = """
        INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
        VALUES ($s, $g, $n, $start, $period, $hash, 0)
        ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE SET
            StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
            Version = OrleansRemindersTable.Version + 1
        RETURNING Version;
        """;

    public const string RemoveReminder = "DELETE FROM OrleansRemindersTable WHERE ServiceId = $s AND GrainId = $g AND ReminderName = $n AND Version = $v;";

    public const string ClearReminders = "DELETE FROM OrleansRemindersTable WHERE ServiceId = $s;";

    public const string ReadReminders = $"SELECT {ReminderColumns} FROM OrleansRemindersTable WHERE ServiceId = $s AND GrainId = $g;";

    public const string ReadReminder = $"SELECT {ReminderColumns} FROM OrleansRemindersTable WHERE ServiceId = $s AND GrainId = $g AND ReminderName = $n;";

    /// <summary>The ring range (begin, end] when it does not wrap in signed order.</summary>
    public const string ReadReminderRange = $"SELECT {ReminderColumns} FROM OrleansRemindersTable WHERE ServiceId = $s AND GrainHash > $begin AND GrainHash <= $end;";

    /// <summary>The ring range (begin, end] when it wraps (or is the whole ring: begin = end).</summary>
    public const string ReadReminderRangeWrapping = $"SELECT {ReminderColumns} FROM OrleansRemindersTable WHERE ServiceId = $s AND (GrainHash > $begin OR GrainHash <= $end);";
}
