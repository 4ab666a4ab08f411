namespace Actors.Storage.Tests;

/// <summary>Read-model rows on the embedded store: replaced whole, removed by a null payload, read per model and service.</summary>
public sealed class ReadModelRowsTests
{
    [Fact]
    public async Task An_item_is_replaced_whole_removed_by_null_and_read_back_per_model_in_key_order()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var store = new SqliteGridStore(dir.ConnectionString, "read-model-tests");
        await using var other = new SqliteGridStore(dir.ConnectionString, "another-service");

        await store.WriteAsync([new ReadModelRow("worklist/SB-1", "loan/L-2", "{\"v\":1}"), new ReadModelRow("worklist/SB-1", "client/C-1", "{\"v\":1}")]);
        await store.WriteAsync([new ReadModelRow("worklist/SB-1", "loan/L-2", "{\"v\":2}"), new ReadModelRow("worklist/SB-2", "client/C-9", "{}")]);
        await store.WriteAsync([new ReadModelRow("worklist/SB-1", "client/C-1", null)]);

        Assert.Equal([new StoredReadModelItem("loan/L-2", "{\"v\":2}")], await store.ReadModelAsync("worklist/SB-1"));
        Assert.Equal([new StoredReadModelItem("client/C-9", "{}")], await store.ReadModelAsync("worklist/SB-2"));
        Assert.Empty(await other.ReadModelAsync("worklist/SB-1"));
    }
}
