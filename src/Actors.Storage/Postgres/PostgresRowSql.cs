namespace Actors.Storage;

/// <summary>The cluster store's statements (positional parameters, always bound) over the tables of <c>Sql/PostgreSql</c>.</summary>
internal static class PostgresRowSql
{
    // $1 ServiceId, $2 GrainTypeHash, $3 GrainIdHash, $4 N0, $5 N1, $6 GrainTypeString, $7 extension.
    private const string StateWhere = """
        GrainIdHash = $3 AND GrainTypeHash = $2 AND ServiceId = $1 AND GrainIdN0 = $4 AND GrainIdN1 = $5
          AND GrainTypeString = $6 AND GrainIdExtensionString IS NOT DISTINCT FROM $7
        """;

    public const string InsertState = """
        INSERT INTO OrleansStorage
            (ServiceId, GrainTypeHash, GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString,
             PayloadBinary, ModifiedOnUtc, Version)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), 1)
        ON CONFLICT ON CONSTRAINT UX_OrleansStorage_Grain DO NOTHING
        RETURNING Version;
        """;

    public const string UpdateState = $"""
        UPDATE OrleansStorage SET PayloadBinary = $8, ModifiedOnUtc = now(), Version = Version + 1
        WHERE {StateWhere} AND Version = $9
        RETURNING Version;
        """;

    public const string ReadState = $"SELECT PayloadBinary, Version FROM OrleansStorage WHERE {StateWhere};";

    public const string InsertReceipt = """
        INSERT INTO GridReceipt (ServiceId, Entity, TransactionId, Status, Detail, RecordedAt) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT DO NOTHING;
        """;

    public const string ReadReceipt = "SELECT Status, Detail, RecordedAt FROM GridReceipt WHERE ServiceId = $1 AND Entity = $2 AND TransactionId = $3 AND RecordedAt >= $4;";

    public const string PruneReceipts = """
        DELETE FROM GridReceipt WHERE ctid IN
            (SELECT ctid FROM GridReceipt WHERE ServiceId = $1 AND RecordedAt < $2 LIMIT $3);
        """;

    public const string UpsertReadModel = """
        INSERT INTO GridReadModel (ServiceId, Model, ItemKey, Payload) VALUES ($1, $2, $3, $4)
        ON CONFLICT (ServiceId, Model, ItemKey) DO UPDATE SET Payload = excluded.Payload;
        """;

    public const string DeleteReadModel = "DELETE FROM GridReadModel WHERE ServiceId = $1 AND Model = $2 AND ItemKey = $3;";

    public const string ReadReadModel = "SELECT ItemKey, Payload FROM GridReadModel WHERE ServiceId = $1 AND Model = $2 ORDER BY ItemKey COLLATE \"C\";";

    public const string InsertMember = "INSERT INTO GridMember (ServiceId, GroupKey, MemberId) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING;";

    public const string DeleteMember = "DELETE FROM GridMember WHERE ServiceId = $1 AND GroupKey = $2 AND MemberId = $3;";

    public const string ReadMembers = "SELECT MemberId FROM GridMember WHERE ServiceId = $1 AND GroupKey = $2 ORDER BY MemberId COLLATE \"C\";";

    public const string UpsertClock = """
        INSERT INTO GridClock (ServiceId, GrainId, Bucket, DueAt) VALUES ($1, $2, $3, $4)
        ON CONFLICT (ServiceId, GrainId) DO UPDATE SET Bucket = EXCLUDED.Bucket, DueAt = EXCLUDED.DueAt;
        """;

    public const string DeleteClock = "DELETE FROM GridClock WHERE ServiceId = $1 AND GrainId = $2;";

    public const string ReadDueClocks = "SELECT GrainId FROM GridClock WHERE ServiceId = $1 AND Bucket = $2 AND DueAt <= $3 ORDER BY DueAt LIMIT $4;";

    public const string InsertOutbox = """
        INSERT INTO GridOutbox (ServiceId, Source, Sequence, Bucket, WrittenAt, Payload) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT DO NOTHING;
        """;

    public const string DeleteOutbox = "DELETE FROM GridOutbox WHERE ServiceId = $1 AND Source = $2 AND Sequence = $3;";

    public const string ReadOutbox = """
        SELECT Source, Sequence, WrittenAt, Payload FROM GridOutbox
        WHERE ServiceId = $1 AND Bucket = $2 AND WrittenAt <= $3 ORDER BY WrittenAt LIMIT $4;
        """;

    public const string ReadNextClock = "SELECT MIN(DueAt) FROM GridClock WHERE ServiceId = $1 AND Bucket = $2;";

    private const string ReminderColumns = "GrainId, ReminderName, StartTime, Period, Version";

    public const string UpsertReminder = """
        INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
        VALUES ($1, $2, $3, $4, $5, $6, 0)
        ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE SET
            StartTime = EXCLUDED.StartTime, Period = EXCLUDED.Period, GrainHash = EXCLUDED.GrainHash,
            Version = OrleansRemindersTable.Version + 1
        RETURNING Version;
        """;

    public const string RemoveReminder = "DELETE FROM OrleansRemindersTable WHERE ServiceId = $1 AND GrainId = $2 AND ReminderName = $3 AND Version = $4 RETURNING Version;";

    public const string ClearReminders = "DELETE FROM OrleansRemindersTable WHERE ServiceId = $1;";

    public const string ReadReminders = $"SELECT {ReminderColumns} FROM OrleansRemindersTable WHERE ServiceId = $1 AND GrainId = $2;";

    public const string ReadReminder = $"SELECT {ReminderColumns} FROM OrleansRemindersTable WHERE ServiceId = $1 AND GrainId = $2 AND ReminderName = $3;";

    public const string ReadReminderRange = $"SELECT {ReminderColumns} FROM OrleansRemindersTable WHERE ServiceId = $1 AND GrainHash > $2 AND GrainHash <= $3;";

    public const string ReadReminderRangeWrapping = $"SELECT {ReminderColumns} FROM OrleansRemindersTable WHERE ServiceId = $1 AND (GrainHash > $2 OR GrainHash <= $3);";
}
