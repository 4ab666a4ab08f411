-- BranchGrid cluster store (PostgreSQL): the transactional outbox (issue 14, docs/events.md).
--
-- An event is inserted in the same transaction as the state row of the entity that published it (the grid store's
-- group commit), so it is durable exactly when that state is. Source is the entity's grain id, Sequence its own
-- counter: a repeated write of the same event is ignored. A relay reads a bucket's oldest rows, publishes them and
-- deletes them; readers drop duplicates by (Source, Sequence).
CREATE TABLE IF NOT EXISTS GridOutbox
(
    ServiceId varchar(150) NOT NULL,
    Source    text         NOT NULL,
    Sequence  bigint       NOT NULL,
    Bucket    integer      NOT NULL,
    WrittenAt timestamptz  NOT NULL,
    Payload   bytea        NOT NULL,
    PRIMARY KEY (ServiceId, Source, Sequence)
);

CREATE INDEX IF NOT EXISTS IX_GridOutbox_Bucket ON GridOutbox (ServiceId, Bucket, WrittenAt);
