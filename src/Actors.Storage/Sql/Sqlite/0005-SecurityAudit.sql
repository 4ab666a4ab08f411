-- BranchGrid embedded store (SQLite): the security audit (issue 12).
--
-- Append-only: the store's single writer inserts rows in the same commits as grain state; nothing in the grid updates
-- or deletes one, and the triggers below refuse it to anyone who tries through SQL. Instants are INTEGER milliseconds
-- since 1970-01-01 UTC. Sequence orders the entries (pages are read newest first, by Sequence).
CREATE TABLE IF NOT EXISTS GridAudit
(
    Sequence           INTEGER PRIMARY KEY AUTOINCREMENT,
    ServiceId          TEXT    NOT NULL,
    RecordedAt         INTEGER NOT NULL,
    Action             TEXT    NOT NULL,
    Actor              TEXT    NULL,
    ActorInstitutionId TEXT    NULL,
    Address            TEXT    NULL,
    Target             TEXT    NULL,
    InstitutionId      TEXT    NULL,
    Detail             TEXT    NULL
) STRICT;

CREATE INDEX IF NOT EXISTS IX_GridAudit_RecordedAt ON GridAudit (ServiceId, RecordedAt);

CREATE TRIGGER IF NOT EXISTS GridAudit_NoUpdate BEFORE UPDATE ON GridAudit
BEGIN
    SELECT RAISE(ABORT, 'the security audit is append-only');
END;

CREATE TRIGGER IF NOT EXISTS GridAudit_NoDelete BEFORE DELETE ON GridAudit
BEGIN
    SELECT RAISE(ABORT, 'the security audit is append-only');
END;
