using Actors.Contracts;
using Actors.Hosting.Demo;
using Actors.Hosting.Extensions;
using Actors.Hosting.Storage;
using Actors.Storage;
using Actors.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Actors.Grains.Tests.Demo;

/// <summary>
/// A one-silo grid on a fresh SQLite file with the demo wired as the silo wires it (network seeder, simulated days),
/// except that the business clock is a <see cref="FakeTimeProvider"/> the test moves from one planned action to the next.
/// </summary>
internal sealed class DemoGrid : IAsyncDisposable
{
    private readonly string _dataDirectory;

    private DemoGrid(InProcessTestCluster cluster, FakeTimeProvider clock, string dataDirectory)
    {
        Cluster = cluster;
        Clock = clock;
        _dataDirectory = dataDirectory;
        Simulator = ((InProcessSiloHandle)cluster.Silos[0]).ServiceProvider.GetRequiredService<BranchDaySimulator>();
    }

    public InProcessTestCluster Cluster { get; }
    public FakeTimeProvider Clock { get; }
    public BranchDaySimulator Simulator { get; }
    public IClusterClient Client => Cluster.Client;

    public static async Task<DemoGrid> StartAsync(DateTimeOffset start, Action<DemoOptions> configure)
    {
        var dataDirectory = TempDirectory.Create();
        var clock = new FakeTimeProvider(start);
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = "demo-" + Guid.NewGuid().ToString("N")[..8];
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(400));
            silo.UseEmbeddedStore(dataDirectory);
            silo.AddBranchGridGrains(silo.Configuration);
            silo.AddStartupTask<DemoNetworkSeeder>();
            silo.AddSimulatedDays(clock);
            silo.Services.Configure(configure);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(GridStreams.ProviderName));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new DemoGrid(cluster, clock, dataDirectory);
    }

    /// <summary>
    /// Moves the clock to each instant the simulator waits for, once it has played everything before, until its next
    /// action is later than <paramref name="until"/>; then moves the clock to <paramref name="until"/>.
    /// </summary>
    public async Task PlayUntil(DateTimeOffset until)
    {
        while (true)
        {
            var next = await Simulator.NextWaitAfter(Clock.GetUtcNow()).WaitAsync(TimeSpan.FromSeconds(20));
            if (next > until)
            {
                if (until > Clock.GetUtcNow())
                {
                    Clock.AdvanceTo(until);
                }
                return;
            }
            Clock.AdvanceTo(next);
        }
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
        SqliteStore.ReleasePooledConnections(SqliteStore.BuildConnectionString(_dataDirectory));
        TempDirectory.Delete(_dataDirectory);
    }
}
