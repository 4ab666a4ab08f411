-- BranchGrid embedded store (SQLite): the query registry.
--
-- Orleans' ADO.NET providers do not carry SQL of their own. At start-up each provider reads
-- `SELECT QueryKey, QueryText FROM OrleansQuery` and then executes the stored text with named
-- parameters (bound without prefix, matched to @Name here). Later scripts register the query
-- texts for grain persistence and reminders.
--
-- Applied by Actors.Storage.SqliteSchema inside one transaction and recorded in BranchGridSchema.
-- A script that has been applied is never edited: add a new numbered script instead.
-- Every statement is idempotent (IF NOT EXISTS / INSERT OR REPLACE) so the file can also be
-- replayed by hand with the sqlite3 shell.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
) STRICT;
