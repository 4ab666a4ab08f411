using Actors.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace Actors.Storage.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task State_written_by_one_cluster_is_read_back_by_a_new_cluster_on_the_same_file()
    {
        using var dir = new TempDataDirectory();
        var serviceId = Guid.NewGuid().ToString("N");

        var first = await EmbeddedCluster.StartAsync(dir.Path, serviceId);
        try
        {
            var counter = first.Client.GetGrain<ICounterGrain>("survivor");
            await counter.Increment();
            await counter.Increment();
            Assert.Equal(3, await counter.Increment());
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(first);
        }

        var second = await EmbeddedCluster.StartAsync(dir.Path, serviceId);
        try
        {
            var counter = second.Client.GetGrain<ICounterGrain>("survivor");
            Assert.Equal(3, await counter.Get());
            Assert.Equal(4, await counter.Increment()); // the ETag read back from the file is accepted
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(second);
        }

        Assert.Equal(4, await Sql.ScalarAsync<int>(dir.ConnectionString,
            "SELECT Version FROM OrleansStorage WHERE ServiceId = $s AND GrainIdExtensionString = 'survivor';", ("$s", serviceId)));
    }

    [Fact]
    public async Task Concurrent_writes_from_200_grains_all_succeed_persist_and_share_commits()
    {
        const int Grains = 200;
        const int Rounds = 5;
        using var dir = new TempDataDirectory();
        var serviceId = Guid.NewGuid().ToString("N");

        var cluster = await EmbeddedCluster.StartAsync(dir.Path, serviceId);
        try
        {
            var store = (SqliteGridStore)cluster.Silos[0].ServiceProvider.GetRequiredService<IGridStore>();
            var before = store.Commits;
            for (var round = 1; round <= Rounds; round++)
            {
                var values = await Task.WhenAll(Enumerable.Range(0, Grains)
                    .Select(i => cluster.Client.GetGrain<ICounterGrain>($"c{i}").Increment()));
                Assert.All(values, v => Assert.Equal(round, v));
            }
            // Group commit: the grains' 1,000 writes went to the file in far fewer transactions.
            Assert.True(store.Commits - before <= Grains * Rounds / 4, $"{Grains * Rounds} grain writes took {store.Commits - before} commits");
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(cluster);
        }

        Assert.Equal(Grains, await Sql.ScalarAsync<int>(dir.ConnectionString,
            "SELECT COUNT(*) FROM OrleansStorage WHERE ServiceId = $s AND Version = $v;", ("$s", serviceId), ("$v", Rounds)));

        var again = await EmbeddedCluster.StartAsync(dir.Path, serviceId);
        try
        {
            var values = await Task.WhenAll(Enumerable.Range(0, Grains)
                .Select(i => again.Client.GetGrain<ICounterGrain>($"c{i}").Get()));
            Assert.All(values, v => Assert.Equal(Rounds, v));
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(again);
        }
    }

    [Fact]
    public async Task Grain_storage_honours_etags_clear_and_delete()
    {
        using var dir = new TempDataDirectory();
        var cluster = await EmbeddedCluster.StartAsync(dir.Path, Guid.NewGuid().ToString("N"));
        try
        {
            var storage = cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(EmbeddedStoreNames.Default);
            var grainId = GrainId.Create("contract", "g1");
            const string StateName = "contract-state";

            var state = new GrainState<CounterState>(new CounterState { Value = 7 });
            await storage.WriteStateAsync(StateName, grainId, state);
            Assert.Equal("1", state.ETag);
            Assert.True(state.RecordExists);

            // A second writer that never read the row must not overwrite it.
            var blind = new GrainState<CounterState>(new CounterState { Value = 99 });
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, blind));

            state.State!.Value = 8;
            await storage.WriteStateAsync(StateName, grainId, state);
            Assert.Equal("2", state.ETag);

            var stale = new GrainState<CounterState>(new CounterState { Value = 100 }) { ETag = "1" };
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, stale));

            var read = new GrainState<CounterState>();
            await storage.ReadStateAsync(StateName, grainId, read);
            Assert.Equal(8, read.State!.Value);
            Assert.Equal("2", read.ETag);
            Assert.True(read.RecordExists);

            await storage.ClearStateAsync(StateName, grainId, read);
            Assert.Equal("3", read.ETag);
            Assert.False(read.RecordExists);

            var afterClear = new GrainState<CounterState>();
            await storage.ReadStateAsync(StateName, grainId, afterClear);
            Assert.Equal(0, afterClear.State!.Value);
            Assert.Equal("3", afterClear.ETag);
            Assert.False(afterClear.RecordExists);

            afterClear.State.Value = 1;
            await storage.WriteStateAsync(StateName, grainId, afterClear);
            Assert.Equal("4", afterClear.ETag);

            var unknown = new GrainState<CounterState>();
            await storage.ReadStateAsync(StateName, GrainId.Create("contract", "never-written"), unknown);
            Assert.Null(unknown.ETag);
            Assert.False(unknown.RecordExists);
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(cluster);
        }
    }
}
