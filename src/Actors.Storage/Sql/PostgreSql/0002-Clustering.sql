-- BranchGrid cluster store (PostgreSQL): silo membership for UseAdoNetClustering (invariant "Npgsql").
--
-- Contract with Orleans.Clustering.AdoNet 10.4.2 (RelationalOrleansQueries / DbStoredQueries):
--   all nine keys below must exist or the membership table (and the gateway list of clients) fails to start.
--   @DeploymentId text        the ClusterId: one version row and one set of silo rows per cluster.
--   @Address text, @Port int, @Generation int
--                             a silo's address; a restarted silo has a new Generation, hence a new row.
--   @SiloName, @HostName text; @Status int (SiloStatus: 3 = Active, 6 = Dead); @ProxyPort int (gateway port);
--   @StartTime, @IAmAliveTime UTC DateTime; @SuspectTimes text or NULL ("silo,date|silo,date").
--   @Version int              the table version (ETag) the caller read.
--   Rows are read by column name. Insert/update return one row with one integer: > 0 = done, 0 = the
--   version had moved on (Orleans re-reads the table and tries again).
--
-- The membership protocol is optimistic: every change to a silo row also bumps the cluster's version
-- row, and only when the caller's @Version is still current. Each write is ONE statement whose first
-- step is the conditional UPDATE of the version row: that row lock serialises writers, and a writer that
-- waited re-checks `Version = @Version` against the committed row (READ COMMITTED re-evaluation), so two
-- silos can never both win with the same version. A write that does not apply changes nothing at all.

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL PRIMARY KEY,
    Timestamp    timestamptz  NOT NULL DEFAULT now(),
    Version      integer      NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      varchar(45)  NOT NULL,
    Port         integer      NOT NULL,
    Generation   integer      NOT NULL,
    SiloName     varchar(150) NOT NULL,
    HostName     varchar(150) NOT NULL,
    Status       integer      NOT NULL,
    ProxyPort    integer      NULL,
    SuspectTimes text         NULL,
    StartTime    timestamptz  NOT NULL,
    IAmAliveTime timestamptz  NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- First contact of a cluster: create its version row unless another silo already did. 1 = created.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS Created FROM created;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- A silo joins: bump the version only if it is still @Version and the silo row does not exist yet,
-- then insert the row. 1 = joined.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = @DeploymentId
      AND Version = @Version
      AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable
                      WHERE DeploymentId = @DeploymentId AND Address = @Address
                        AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId
), joined AS (
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM bumped
    RETURNING 1
)
SELECT count(*)::integer AS Joined FROM joined;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- A silo's status or suspicion list changes: same version check, and only for an existing row. 1 = updated.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = @DeploymentId
      AND Version = @Version
      AND EXISTS (SELECT 1 FROM OrleansMembershipTable
                  WHERE DeploymentId = @DeploymentId AND Address = @Address
                    AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId
), changed AS (
    UPDATE OrleansMembershipTable AS m
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    FROM bumped
    WHERE m.DeploymentId = bumped.DeploymentId AND m.Address = @Address
      AND m.Port = @Port AND m.Generation = @Generation
    RETURNING 1
)
SELECT count(*)::integer AS Updated FROM changed;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- The heartbeat. Deliberately outside the version protocol: it is written every few seconds by every
-- silo and must not make the others' membership writes fail.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address
  AND Port = @Port AND Generation = @Generation;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- One silo's row with the table version; the version row comes back even when the silo has no row
-- (then the silo columns are NULL, which Orleans reads as "no entry").
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadRowKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON m.DeploymentId = v.DeploymentId AND m.Address = @Address
      AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadAllKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Used by Orleans' own test tooling and by operators to forget a cluster entirely.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteMembershipTableEntriesKey', $q$
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Clients find gateways here: silos in @Status (Active) that accept clients.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Housekeeping of old generations: only rows the protocol already declared Dead (6) and that have been
-- silent since @IAmAliveTime. A live, joining or shutting-down silo's row is never removed here.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status = 6;
$q$) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
