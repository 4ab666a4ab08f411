using Actors.Testing;

namespace Actors.Storage.Tests;

/// <summary>The transactional outbox of the embedded store (docs/events.md): events commit with their state or not at all.</summary>
public sealed class OutboxTests
{
    private const string Service = "outbox-tests";

    [Fact]
    public async Task The_embedded_store_holds_an_event_exactly_when_its_state_is_written()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var store = new SqliteGridStore(dir.ConnectionString, Service);

        await OutboxContract.HoldsAnEventExactlyWhenItsStateIsWritten(store);
    }

    [Fact]
    public async Task The_memory_store_holds_an_event_exactly_when_its_state_is_written() =>
        await OutboxContract.HoldsAnEventExactlyWhenItsStateIsWritten(new MemoryGridStore(Service));

    [Fact]
    public async Task A_commit_that_fails_stores_neither_the_state_nor_its_event_and_the_retry_stores_each_once()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var store = new SqliteGridStore(dir.ConnectionString, Service);
        var key = new StateKey(1, 0, 0, 23, "loan", "L-1");
        var at = DateTimeOffset.UnixEpoch;

        // The commit fails part-way (the process dies between the state and its event, as far as the file can tell).
        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync([new StateRow(key, [1], null), new OutboxRow("loan/L-1", 1, 0, at, [1]), new UnwritableRow()]));
        Assert.Null(await store.ReadStateAsync(key));
        Assert.Empty(await store.ReadOutboxAsync(0, at, 10));

        Assert.True((await store.WriteAsync([new StateRow(key, [1], null), new OutboxRow("loan/L-1", 1, 0, at, [1])])).Applied);
        Assert.False((await store.WriteAsync([new StateRow(key, [1], null), new OutboxRow("loan/L-1", 1, 0, at, [1])])).Applied);
        Assert.Equal(1, (await store.ReadStateAsync(key))!.Version);
        Assert.Single(await store.ReadOutboxAsync(0, at, 10));
    }

    private sealed record UnwritableRow : StoreRow;
}
