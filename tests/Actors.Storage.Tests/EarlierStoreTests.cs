using Actors.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Actors.Storage.Tests;

/// <summary>
/// Data files written before the grid store (by Orleans' ADO.NET grain storage and reminder table on the same schema)
/// open with it unchanged, and what it writes the ADO.NET providers read back: the same rows, keys, versions and times.
/// </summary>
public sealed class EarlierStoreTests
{
    private const string StateName = "counter";

    // A plain string key, one that parses as a hexadecimal integer, a guid key and a guid key with an extension: Orleans
    // splits each its own way into the row's numeric parts, extension and hash.
    private static readonly GrainId[] Grains =
    [
        GrainId.Create("counter", "SB-FT-T04"),
        GrainId.Create("counter", "12ab"),
        GrainId.Create("counter", "0123456789abcdef0123456789abcdef"),
        GrainId.Create("counter", "0123456789abcdef0123456789abcdef+ext"),
    ];

    private static readonly DateTime StartAt = new(2030, 1, 1, 8, 30, 15, 123, DateTimeKind.Utc);

    [Fact]
    public async Task State_and_reminders_written_by_the_ado_net_providers_open_with_the_grid_store_and_the_other_way_round()
    {
        using var dir = new TempDataDirectory();
        var serviceId = Guid.NewGuid().ToString("N");
        await SqliteSchema.MigrateAsync(dir.ConnectionString);

        await WithSilo(AdoNet(dir), serviceId, async (storage, reminders) =>
        {
            foreach (var (grain, i) in Grains.Select((g, i) => (g, i)))
            {
                await storage.WriteStateAsync(StateName, grain, new GrainState<CounterState>(new CounterState { Value = 10 + i }));
            }
            await reminders.UpsertRow(new ReminderEntry { GrainId = Grains[0], ReminderName = "clock", StartAt = StartAt, Period = TimeSpan.FromMinutes(1) });
        });

        await WithSilo(silo => silo.UseEmbeddedStore(dir.Path), serviceId, async (storage, reminders) =>
        {
            foreach (var (grain, i) in Grains.Select((g, i) => (g, i)))
            {
                var state = new GrainState<CounterState>();
                await storage.ReadStateAsync(StateName, grain, state);
                Assert.Equal((10 + i, "1", true), (state.State!.Value, state.ETag, state.RecordExists));
                state.State.Value += 100;
                await storage.WriteStateAsync(StateName, grain, state);
                Assert.Equal("2", state.ETag);
            }
            var reminder = Assert.Single((await reminders.ReadRows(Grains[0])).Reminders);
            Assert.Equal((StartAt, TimeSpan.FromMinutes(1), "0"), (reminder.StartAt, reminder.Period, reminder.ETag));
            Assert.Contains((await reminders.ReadRows(0, 0)).Reminders, r => r.GrainId == Grains[0]);
            Assert.Equal("0", await reminders.UpsertRow(new ReminderEntry { GrainId = Grains[1], ReminderName = "clock", StartAt = StartAt, Period = TimeSpan.FromMinutes(2) }));
        });

        await WithSilo(AdoNet(dir), serviceId, async (storage, reminders) =>
        {
            foreach (var (grain, i) in Grains.Select((g, i) => (g, i)))
            {
                var state = new GrainState<CounterState>();
                await storage.ReadStateAsync(StateName, grain, state);
                Assert.Equal((110 + i, "2"), (state.State!.Value, state.ETag));
            }
            var reminder = Assert.Single((await reminders.ReadRows(Grains[1])).Reminders);
            Assert.Equal((StartAt, TimeSpan.FromMinutes(2)), (reminder.StartAt, reminder.Period));
            Assert.True(await reminders.RemoveRow(Grains[1], "clock", reminder.ETag!));
        });
    }

    private static Action<ISiloBuilder> AdoNet(TempDataDirectory dir) => silo =>
    {
        silo.AddAdoNetGrainStorageAsDefault(o => (o.Invariant, o.ConnectionString) = (SqliteStore.OrleansInvariant, dir.ConnectionString));
        silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (SqliteStore.OrleansInvariant, dir.ConnectionString));
    };

    private static async Task WithSilo(Action<ISiloBuilder> store, string serviceId, Func<IGrainStorage, IReminderTable, Task> work)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => store(silo));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var services = cluster.Silos[0].ServiceProvider;
            await work(services.GetRequiredKeyedService<IGrainStorage>(EmbeddedStoreNames.Default), services.GetRequiredService<IReminderTable>());
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(cluster);
        }
    }
}
