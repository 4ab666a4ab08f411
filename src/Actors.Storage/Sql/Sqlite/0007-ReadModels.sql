-- BranchGrid embedded store (SQLite): read models kept by their own grains (issue 14).
--
-- One row per item (Model e.g. 'worklist/SB-FT', ItemKey the entity it comes from, e.g. 'client/C-1'), the item as
-- JSON. Replaced whole by its read-model grain as the entity's changes arrive; every row can be rebuilt from the
-- entities' own state (silo rebuild-read-models), so a lost row is a stale cache, never lost business data.
CREATE TABLE IF NOT EXISTS GridReadModel
(
    ServiceId TEXT NOT NULL,
    Model     TEXT NOT NULL,
    ItemKey   TEXT NOT NULL,
    Payload   TEXT NOT NULL,
    PRIMARY KEY (ServiceId, Model, ItemKey)
) STRICT, WITHOUT ROWID;
