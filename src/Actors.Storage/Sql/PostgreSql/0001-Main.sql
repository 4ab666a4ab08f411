-- BranchGrid cluster store (PostgreSQL): the query registry.
--
-- Orleans' ADO.NET providers carry no SQL of their own. At start each provider (clustering, grain
-- storage, reminders) runs `SELECT QueryKey, QueryText FROM OrleansQuery` and from then on executes the
-- stored texts with named parameters (@Name; Npgsql rewrites them to $n). Every parameter arrives with
-- its DbType set (strings as text, ints as integer, DateTime as a UTC timestamp, byte[] as bytea), so a
-- NULL is typed too.
--
-- Applied by Actors.Storage.PostgresSchema in one transaction under an advisory lock and recorded in
-- BranchGridSchema. A script that has been applied is never edited (its checksum is recorded and
-- checked): add a new numbered script instead. Statements are idempotent (IF NOT EXISTS, ON CONFLICT)
-- so the file can also be replayed by hand with psql.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);
