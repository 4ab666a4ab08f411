using Actors.Cluster.Tests.Support;
using Actors.Storage;
using Actors.Testing;

namespace Actors.Cluster.Tests;

/// <summary>The transactional outbox of the cluster store (docs/events.md): events commit with their state in the group commit.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_cluster_store_holds_an_event_exactly_when_its_state_is_written()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await PostgresSchema.MigrateAsync(db);
        await using var store = new PostgresGridStore(db, "outbox-tests");

        await OutboxContract.HoldsAnEventExactlyWhenItsStateIsWritten(store);
    }
}
