-- BranchGrid embedded store (SQLite): the transactional outbox (issue 14, docs/events.md).
--
-- An event is inserted by the store's single writer in the same transaction as the state row of the entity that
-- published it, so it is durable exactly when that state is. Source is the entity's grain id, Sequence its own
-- counter: a repeated write of the same event is ignored. A relay reads a bucket's oldest rows, publishes them and
-- deletes them; readers drop duplicates by (Source, Sequence). Instants are INTEGER milliseconds since 1970-01-01 UTC.
CREATE TABLE IF NOT EXISTS GridOutbox
(
    ServiceId TEXT    NOT NULL,
    Source    TEXT    NOT NULL,
    Sequence  INTEGER NOT NULL,
    Bucket    INTEGER NOT NULL,
    WrittenAt INTEGER NOT NULL,
    Payload   BLOB    NOT NULL,
    PRIMARY KEY (ServiceId, Source, Sequence)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS IX_GridOutbox_Bucket ON GridOutbox (ServiceId, Bucket, WrittenAt);
