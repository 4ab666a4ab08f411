-- BranchGrid cluster store (PostgreSQL): read models kept by their own grains (issue 14).
-- The same table as the embedded store's Sql/Sqlite/0007-ReadModels.sql; see there for what it is for.

CREATE TABLE IF NOT EXISTS GridReadModel
(
    ServiceId varchar(150) NOT NULL,
    Model     text         NOT NULL,
    ItemKey   text         NOT NULL,
    Payload   text         NOT NULL,
    PRIMARY KEY (ServiceId, Model, ItemKey)
);
