using Actors.Contracts;
using Actors.Grains.Infrastructure;
using Actors.Hosting.Extensions;
using Actors.Hosting.Storage;
using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace Actors.Grains.Tests.Support;

/// <summary>
/// A one-silo grid on a real SQLite file, with the business clock of the grains and their reminders on a
/// <see cref="FakeTimeProvider"/>: tests move time, never sleep.
/// </summary>
public sealed class GridCluster : IAsyncDisposable
{
    private GridCluster(InProcessTestCluster cluster, FakeTimeProvider clock, string dataDirectory)
    {
        Cluster = cluster;
        Clock = clock;
        DataDirectory = dataDirectory;
    }

    public InProcessTestCluster Cluster { get; }
    public FakeTimeProvider Clock { get; }
    public string DataDirectory { get; }
    public IClusterClient Client => Cluster.Client;

    /// <summary>
    /// One millisecond before <paramref name="instant"/>: the latest the fake clock may stop short of a reminder.
    /// </summary>
    /// <remarks>
    /// Orleans' reminder service waits for a tick with <c>Task.Delay</c>, which truncates to whole milliseconds: a clock
    /// left less than 1 ms before a due tick makes that wait complete at once, forever, because a fake clock never moves
    /// by itself, and the silo's reminder service spins (every later reminder call times out). A real clock moves on.
    /// </remarks>
    public static DateTimeOffset JustBefore(DateTimeOffset instant) => instant.AddMilliseconds(-1);

    public static async Task<GridCluster> StartAsync(string dataDirectory, FakeTimeProvider clock, string serviceId = "grain-tests")
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddKeyedSingleton<TimeProvider>(BankRules.ClockKey, clock);
            silo.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);
            // Load every reminder into the silo as it is registered, so an advance of the fake clock fires it
            // at its instant without waiting for the periodic table refresh (which production relies on).
            silo.Services.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(400));
            silo.UseEmbeddedStore(dataDirectory);
            silo.AddBranchGridGrains(silo.Configuration);
            silo.AddIncomingGrainCallFilter<GrainCallLog>();
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(GridStreams.ProviderName));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new GridCluster(cluster, clock, dataDirectory);
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
        SqliteStore.ReleasePooledConnections(SqliteStore.BuildConnectionString(DataDirectory));
    }
}

/// <summary>Shared by the tests of one collection; each test uses fresh ids and moves the shared clock forward only.</summary>
public sealed class GridClusterFixture : IAsyncLifetime
{
    /// <summary>Monday 2 March 2026, 09:00 China Standard Time.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly string _dataDirectory = TempDirectory.Create();

    public GridCluster Grid { get; private set; } = null!;

    public async Task InitializeAsync() => Grid = await GridCluster.StartAsync(_dataDirectory, new FakeTimeProvider(Start));

    public async Task DisposeAsync()
    {
        await Grid.DisposeAsync();
        TempDirectory.Delete(_dataDirectory);
    }
}

/// <summary>
/// A grid of its own, for a collection whose tests move the clock by months: the shared grid's other tests must not see
/// their clock jump.
/// </summary>
public abstract class OwnGridFixture(string serviceId) : IAsyncLifetime
{
    private readonly string _dataDirectory = TempDirectory.Create();

    public GridCluster Grid { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Grid = await GridCluster.StartAsync(_dataDirectory, new FakeTimeProvider(GridClusterFixture.Start), serviceId);

    public async Task DisposeAsync()
    {
        await Grid.DisposeAsync();
        TempDirectory.Delete(_dataDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class GridCollection : ICollectionFixture<GridClusterFixture>
{
    public const string Name = "grid";
}

public static class TempDirectory
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "branchgrid-grain-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
