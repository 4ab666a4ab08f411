-- BranchGrid cluster store (PostgreSQL): durable clocks for UseAdoNetReminderService (invariant "Npgsql").
--
-- Contract with Orleans.Reminders.AdoNet 10.4.2, as in the SQLite store (Sql/Sqlite/0003-Reminders.sql):
--   all seven keys below must exist or the reminder service fails to start.
--   Rows are read by column name: GrainId, ReminderName, StartTime, Period, Version.
--   @GrainId text             GrainId.ToString(), parsed back with GrainId.Parse.
--   @GrainHash, @BeginHash, @EndHash int
--                             the uint ring hash cast to a *signed* 32-bit int. Comparing the signed
--                             values is exact (the ring is cut at 2^31 instead of 0, and a ring interval
--                             does not depend on where the ring is cut); Begin = End is the full ring.
--   @StartTime UTC DateTime   kept with microsecond precision (the clocks are set at exact rule instants).
--   @Period int or bigint     milliseconds.
--   @Version int              the ETag. Upsert returns the new Version (0 on insert, +1 per update).
--   DeleteReminderRowKey returns exactly one row with one integer (> 0 = deleted).
--
-- Reminders are partitioned over the silos by GrainHash: each silo reads its own ring range
-- (ReadRangeRows1Key / ReadRangeRows2Key), hence the index.

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      varchar(150) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL, -- milliseconds
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpsertReminderRowKey', $q$
INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE SET
    StartTime = EXCLUDED.StartTime,
    Period = EXCLUDED.Period,
    GrainHash = EXCLUDED.GrainHash,
    Version = OrleansRemindersTable.Version + 1
RETURNING Version;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowsKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Non-wrapping range in signed order: Begin < GrainHash <= End.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows1Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Wrapping range in signed order (or the full ring when Begin = End): GrainHash > Begin OR GrainHash <= End.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows2Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- A missing row or a stale ETag yields 0, never an empty result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId
      AND ReminderName = @ReminderName AND Version = @Version
    RETURNING 1
)
SELECT count(*)::integer AS Deleted FROM deleted;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowsKey', $q$
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
