-- BranchGrid embedded store (SQLite): rows that join a grain's state write in one commit (issue 13).
--
-- Written only by the store's single writer (Actors.Storage.SqliteWriter), inside the same transaction as the
-- state row they belong to; read by any connection (WAL readers never wait for the writer).
-- Instants are INTEGER milliseconds since 1970-01-01 UTC.

-- The first outcome of each transaction an entity applied (Entity = its grain id, e.g. 'terminal/T-1'). Insert-only:
-- the replay check reads one row by id, bounded by the replay window; rows older than every window are pruned in
-- small batches through the index on RecordedAt.
CREATE TABLE IF NOT EXISTS GridReceipt
(
    ServiceId     TEXT    NOT NULL,
    Entity        TEXT    NOT NULL,
    TransactionId TEXT    NOT NULL,
    Status        INTEGER NOT NULL,
    Detail        TEXT    NULL,
    RecordedAt    INTEGER NOT NULL,
    PRIMARY KEY (ServiceId, Entity, TransactionId)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS IX_GridReceipt_RecordedAt ON GridReceipt (ServiceId, RecordedAt);

-- Membership as rows, one per member (GroupKey e.g. 'institution/SB-FT/terminal', 'portfolio/SB-FT-CM1'): adding a
-- member writes one small row instead of rewriting a growing set.
CREATE TABLE IF NOT EXISTS GridMember
(
    ServiceId TEXT NOT NULL,
    GroupKey  TEXT NOT NULL,
    MemberId  TEXT NOT NULL,
    PRIMARY KEY (ServiceId, GroupKey, MemberId)
) STRICT, WITHOUT ROWID;

-- Each entity's next rule instant. Entities do not keep an Orleans reminder each: a few clock buckets do, each woken
-- at the earliest DueAt of its rows, and wake the entities due (docs/clocks.md).
CREATE TABLE IF NOT EXISTS GridClock
(
    ServiceId TEXT    NOT NULL,
    GrainId   TEXT    NOT NULL,
    Bucket    INTEGER NOT NULL,
    DueAt     INTEGER NOT NULL,
    PRIMARY KEY (ServiceId, GrainId)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS IX_GridClock_Due ON GridClock (ServiceId, Bucket, DueAt);
