-- BranchGrid cluster store (PostgreSQL): rows that join a grain's state write in one transaction (issue 13).
-- The same tables as the embedded store's Sql/Sqlite/0004-Rows.sql; see there for what each one is for.

CREATE TABLE IF NOT EXISTS GridReceipt
(
    ServiceId     varchar(150) NOT NULL,
    Entity        text         NOT NULL,
    TransactionId text         NOT NULL,
    Status        integer      NOT NULL,
    Detail        text         NULL,
    RecordedAt    timestamptz  NOT NULL,
    PRIMARY KEY (ServiceId, Entity, TransactionId)
);

CREATE INDEX IF NOT EXISTS IX_GridReceipt_RecordedAt ON GridReceipt (ServiceId, RecordedAt);

CREATE TABLE IF NOT EXISTS GridMember
(
    ServiceId varchar(150) NOT NULL,
    GroupKey  text         NOT NULL,
    MemberId  text         NOT NULL,
    PRIMARY KEY (ServiceId, GroupKey, MemberId)
);

CREATE TABLE IF NOT EXISTS GridClock
(
    ServiceId varchar(150) NOT NULL,
    GrainId   text         NOT NULL,
    Bucket    integer      NOT NULL,
    DueAt     timestamptz  NOT NULL,
    PRIMARY KEY (ServiceId, GrainId)
);

CREATE INDEX IF NOT EXISTS IX_GridClock_Due ON GridClock (ServiceId, Bucket, DueAt);
