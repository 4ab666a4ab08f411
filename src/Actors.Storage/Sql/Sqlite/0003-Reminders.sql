-- BranchGrid embedded store (SQLite): reminder table for UseAdoNetReminderService
-- (invariant "System.Data.SQLite"). Orleans ships no SQLite reminder script; this one is ours.
--
-- Contract with Orleans.Reminders.AdoNet 10.4.2 (RelationalOrleansQueries / DbStoredQueries):
--   All seven keys below must exist or the reminder table fails to start.
--   Rows are read by column name: GrainId, ReminderName, StartTime, Period, Version.
--   @GrainId       TEXT  GrainId.ToString(), parsed back with GrainId.Parse.
--   @GrainHash, @BeginHash, @EndHash
--                  INT   the uint ring hash (GrainId.GetUniformHashCode) cast to a *signed* 32-bit int.
--   @StartTime     DateTime (UTC). Microsoft.Data.Sqlite binds it as TEXT 'yyyy-MM-dd HH:mm:ss.FFFFFFF'
--                  (full tick precision, no offset); Orleans reads it back with GetDateTime and marks it
--                  DateTimeKind.Utc, so it round-trips exactly.
--   @Period        INT or BIGINT milliseconds; read back with GetInt64.
--   @Version       INT, the ETag. Upsert returns the new Version (0 on insert, +1 per update).
--   DeleteReminderRowKey must return exactly one row with one column (>0 = deleted).
--
-- Hash ranges: Orleans asks for the ring range (BeginHash, EndHash] with unsigned wrap-around and picks
-- ReadRangeRows1Key when (int)Begin < (int)End, else ReadRangeRows2Key. Because the parameters and the
-- stored GrainHash are the same signed reinterpretation, comparing them as signed integers is exact:
-- the signed order is the unsigned ring cut at 2^31 instead of 0, and a ring interval does not depend on
-- where the ring is cut. Hashes >= 2^31 are stored as negative numbers; never convert them to unsigned
-- in one query only. Begin = End means the full ring and falls to ReadRangeRows2Key, which then matches
-- every row.
--
-- Concurrency: each write is one autocommit statement (see 0002-Persistence.sql).

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    TEXT    NOT NULL,
    GrainId      TEXT    NOT NULL,
    ReminderName TEXT    NOT NULL,
    StartTime    TEXT    NOT NULL, -- UTC, as bound by Microsoft.Data.Sqlite
    Period       INTEGER NOT NULL, -- milliseconds
    GrainHash    INTEGER NOT NULL CHECK (GrainHash BETWEEN -2147483648 AND 2147483647),
    Version      INTEGER NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
) STRICT;

CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpsertReminderRowKey', '
INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE SET
    StartTime = excluded.StartTime,
    Period = excluded.Period,
    GrainHash = excluded.GrainHash,
    Version = OrleansRemindersTable.Version + 1
RETURNING Version;
');

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId;
');

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
  AND ReminderName = @ReminderName;
');

-- Non-wrapping range in signed order: Begin < GrainHash <= End.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash
  AND GrainHash <= @EndHash;
');

-- Wrapping range in signed order (or the full ring when Begin = End): GrainHash > Begin OR GrainHash <= End.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
');

-- Two statements on the same connection: the DELETE (autocommit) and then its own change count,
-- so that a missing row or a stale ETag yields 0 instead of an empty result.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowKey', '
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
  AND ReminderName = @ReminderName
  AND Version = @Version;
SELECT changes() AS Deleted;
');

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowsKey', '
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId;
');
