-- BranchGrid cluster store (PostgreSQL): grain state for AddAdoNetGrainStorage (invariant "Npgsql").
--
-- Contract with Orleans.Persistence.AdoNet 10.4.2 (AdoNetGrainStorage), same as the SQLite store:
--   parameters   @GrainIdHash int, @GrainIdN0 bigint, @GrainIdN1 bigint, @GrainTypeHash int,
--                @GrainTypeString text, @GrainIdExtensionString text or NULL, @ServiceId text,
--                @GrainStateVersion int or NULL (the grain's ETag; NULL = "I have never seen a row"),
--                @PayloadBinary bytea (write only).
--   ReadFromStorageKey  at most one row: PayloadBinary, Version.
--   WriteToStorageKey   one row NewGrainStateVersion on success, no row on an ETag conflict.
--   ClearStorageKey     same as write; the row is kept with a NULL payload and a bumped Version.
--   DeleteStorageKey    (only with DeleteStateOnClear=true) deletes the row and returns Version + 1.
--
-- Concurrency: every write is one statement. Optimistic concurrency is the Version column: an update
-- only happens when the caller's ETag matches. Two first writes of the same grain (a duplicate
-- activation during a membership change) meet on the unique constraint: one inserts, the other takes
-- the ON CONFLICT path, where its NULL ETag matches nothing, so it gets no row: a version conflict.
--
-- Identity of a row: (ServiceId, GrainTypeHash, GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeString,
-- GrainIdExtensionString), where a NULL extension is a value of its own: NULLS NOT DISTINCT
-- (PostgreSQL 15 or later) makes the unique constraint, and ON CONFLICT, treat two NULLs as equal.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    ServiceId              varchar(150) NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    PayloadBinary          bytea        NULL,     -- serialized state; NULL after ClearState
    ModifiedOnUtc          timestamptz  NOT NULL, -- informational
    Version                integer      NOT NULL, -- the ETag handed to Orleans
    CONSTRAINT UX_OrleansStorage_Grain UNIQUE NULLS NOT DISTINCT
        (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', $q$
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Insert when the caller has no ETag; update when the ETag matches the stored Version. Anything else
-- (row exists but caller has no ETag, stale ETag, ETag for a row that is gone) changes nothing and
-- returns no row, which Orleans reports as InconsistentStateException.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', $q$
INSERT INTO OrleansStorage
    (ServiceId, GrainTypeHash, GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString,
     PayloadBinary, ModifiedOnUtc, Version)
SELECT @ServiceId, @GrainTypeHash, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeString, @GrainIdExtensionString,
       @PayloadBinary, now(), 1
WHERE CAST(@GrainStateVersion AS integer) IS NULL
   OR EXISTS (SELECT 1 FROM OrleansStorage
              WHERE GrainIdHash = @GrainIdHash
                AND GrainTypeHash = @GrainTypeHash
                AND ServiceId = @ServiceId
                AND GrainIdN0 = @GrainIdN0
                AND GrainIdN1 = @GrainIdN1
                AND GrainTypeString = @GrainTypeString
                AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString)
ON CONFLICT ON CONSTRAINT UX_OrleansStorage_Grain DO UPDATE SET
    PayloadBinary = EXCLUDED.PayloadBinary,
    ModifiedOnUtc = EXCLUDED.ModifiedOnUtc,
    Version = OrleansStorage.Version + 1
WHERE OrleansStorage.Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', $q$
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    ModifiedOnUtc = now(),
    Version = Version + 1
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', $q$
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
