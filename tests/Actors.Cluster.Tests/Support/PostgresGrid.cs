using Actors.Contracts;
using Actors.Grains.Infrastructure;
using Actors.Hosting.Extensions;
using Actors.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Orleans.Configuration;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace Actors.Cluster.Tests.Support;

/// <summary>
/// An in-process grid whose grain state and reminders are on PostgreSQL (the cluster store, exactly as a
/// PostgreSql-mode silo configures it), with the grains' business clock and their reminders on a
/// <see cref="FakeTimeProvider"/>. Membership is the test cluster's own: the process tests cover ADO.NET membership.
/// </summary>
public sealed class PostgresGrid : IAsyncDisposable
{
    private PostgresGrid(InProcessTestCluster cluster, FakeTimeProvider clock)
    {
        Cluster = cluster;
        Clock = clock;
    }

    public InProcessTestCluster Cluster { get; }
    public FakeTimeProvider Clock { get; }
    public IClusterClient Client => Cluster.Client;

    public static async Task<PostgresGrid> StartAsync(string connectionString, FakeTimeProvider clock, string serviceId, short silos = 2,
        Action<ISiloBuilder>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = "grid-" + Guid.NewGuid().ToString("N")[..8];
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddKeyedSingleton<TimeProvider>(BankRules.ClockKey, clock);
            silo.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);
            // Every reminder loaded as it is registered, so moving the fake clock fires it without the periodic table refresh.
            silo.Services.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(400));
            silo.UseClusterStore(connectionString);
            silo.AddBranchGridGrains(silo.Configuration);
            configure?.Invoke(silo);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(GridStreams.ProviderName));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new PostgresGrid(cluster, clock);
    }

    public async ValueTask DisposeAsync()
    {
        var silos = Cluster.Silos.ToList();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        foreach (var silo in silos)
        {
            await silo.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
    }
}
