-- BranchGrid embedded store (SQLite): grain state for AddAdoNetGrainStorage (invariant "System.Data.SQLite").
--
-- Contract with Orleans.Persistence.AdoNet 10.4.2 (AdoNetGrainStorage):
--   parameters   @GrainIdHash INT, @GrainIdN0 BIGINT, @GrainIdN1 BIGINT, @GrainTypeHash INT,
--                @GrainTypeString TEXT, @GrainIdExtensionString TEXT NULL, @ServiceId TEXT,
--                @GrainStateVersion INT NULL (the grain's ETag; NULL = "I have never seen a row"),
--                @PayloadBinary BLOB (write only).
--   ReadFromStorageKey  returns at most one row: PayloadBinary, Version.
--   WriteToStorageKey   returns one row NewGrainStateVersion on success, no row on an ETag conflict.
--   ClearStorageKey     same as write; the row is kept with a NULL payload and a bumped Version.
--   DeleteStorageKey    (only used with DeleteStateOnClear=true) deletes the row and returns Version + 1.
--
-- Concurrency design: every write is ONE statement in autocommit mode. A single INSERT/UPDATE/DELETE
-- takes the database write lock when it starts and releases it when it ends, so there is no
-- read-then-upgrade window (no SQLITE_BUSY_SNAPSHOT) and nothing can be left half-done on a pooled
-- connection. A writer that finds the lock taken gets SQLITE_BUSY, which Microsoft.Data.Sqlite
-- retries until the command timeout ("Default Timeout" in the connection string) expires.
-- Optimistic concurrency is the Version column: an update only happens when the caller's ETag matches.
--
-- Identity of a row: (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString,
-- GrainIdExtensionString) where a NULL extension is a value of its own (distinct from ''). The unique
-- index encodes NULL-ness as a separate expression so that ON CONFLICT can target it.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    ServiceId              TEXT    NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    PayloadBinary          BLOB    NULL,     -- serialized state; NULL after ClearState
    ModifiedOnUtc          TEXT    NOT NULL, -- informational, ISO-8601 UTC
    Version                INTEGER NOT NULL  -- the ETag handed to Orleans
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString,
    (GrainIdExtensionString IS NULL), IFNULL(GrainIdExtensionString, '')
);

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
LIMIT 1;
');

-- Insert when the caller has no ETag and no row exists; update when the ETag matches the stored
-- Version. Anything else (row exists but caller has no ETag, stale ETag, ETag for a row that is gone)
-- inserts nothing, updates nothing and returns no row, which Orleans reports as InconsistentStateException.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
INSERT INTO OrleansStorage
    (ServiceId, GrainTypeHash, GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString,
     PayloadBinary, ModifiedOnUtc, Version)
SELECT @ServiceId, @GrainTypeHash, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeString, @GrainIdExtensionString,
       @PayloadBinary, strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), 1
WHERE @GrainStateVersion IS NULL
   OR EXISTS (SELECT 1 FROM OrleansStorage
              WHERE GrainIdHash = @GrainIdHash
                AND GrainTypeHash = @GrainTypeHash
                AND ServiceId = @ServiceId
                AND GrainIdN0 = @GrainIdN0
                AND GrainIdN1 = @GrainIdN1
                AND GrainTypeString = @GrainTypeString
                AND GrainIdExtensionString IS @GrainIdExtensionString)
ON CONFLICT (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString,
             (GrainIdExtensionString IS NULL), IFNULL(GrainIdExtensionString, ''''))
DO UPDATE SET
    PayloadBinary = excluded.PayloadBinary,
    ModifiedOnUtc = excluded.ModifiedOnUtc,
    Version = OrleansStorage.Version + 1
WHERE OrleansStorage.Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
');

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    ModifiedOnUtc = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''),
    Version = Version + 1
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
');

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;
');
