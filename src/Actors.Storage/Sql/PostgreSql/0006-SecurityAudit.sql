-- BranchGrid cluster store (PostgreSQL): the security audit (issue 12).
--
-- Append-only: every silo inserts its own entries; nothing in the grid updates or deletes one, and the trigger below
-- refuses it (TRUNCATE included) to anyone who tries through SQL. Sequence orders the entries across silos.
CREATE TABLE IF NOT EXISTS GridAudit
(
    Sequence           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ServiceId          varchar(150) NOT NULL,
    RecordedAt         timestamptz  NOT NULL,
    Action             varchar(100) NOT NULL,
    Actor              varchar(200) NULL,
    ActorInstitutionId varchar(100) NULL,
    Address            varchar(100) NULL,
    Target             varchar(1000) NULL,
    InstitutionId      varchar(100) NULL,
    Detail             varchar(4000) NULL
);

CREATE INDEX IF NOT EXISTS IX_GridAudit_RecordedAt ON GridAudit (ServiceId, RecordedAt);

CREATE OR REPLACE FUNCTION GridAudit_AppendOnly() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the security audit is append-only';
END;
$$;

DROP TRIGGER IF EXISTS GridAudit_NoChange ON GridAudit;
CREATE TRIGGER GridAudit_NoChange BEFORE UPDATE OR DELETE ON GridAudit
    FOR EACH ROW EXECUTE FUNCTION GridAudit_AppendOnly();

DROP TRIGGER IF EXISTS GridAudit_NoTruncate ON GridAudit;
CREATE TRIGGER GridAudit_NoTruncate BEFORE TRUNCATE ON GridAudit
    FOR EACH STATEMENT EXECUTE FUNCTION GridAudit_AppendOnly();
