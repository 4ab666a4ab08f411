using Actors.Hosting.Bootstrap;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Api.Tests;

/// <summary>
/// One real BranchGrid process-in-process: the silo's Program on Kestrel (loopback, free port), its Orleans silo on free
/// silo and gateway ports, its embedded store in a fresh temporary data directory, no demo data. Given a
/// <see cref="FakeTimeProvider"/>, the business clock and the durable clocks (reminders) follow it, as in the grain tests.
/// </summary>
public sealed class GridHost : GridTestHost
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly FakeTimeProvider? businessClock;
    private readonly Action<IServiceCollection>? services;

    /// <param name="settings">Configuration on top of the tests' own (e.g. "Grid:FirstAdministrator:StaffId").</param>
    /// <param name="console">Where first passwords are shown; the process console when null.</param>
    /// <param name="businessClock">The business clock the grains and their reminders follow; real time when null.</param>
    /// <param name="services">Test services on top of the silo's (e.g. an in-memory trace exporter).</param>
    public GridHost(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, TextWriter? console = null, FakeTimeProvider? businessClock = null,
        Action<IServiceCollection>? services = null)
        : base(dataDirectory)
    {
        this.services = services;
        this.settings = settings ?? new Dictionary<string, string>();
        Console = console;
        this.businessClock = businessClock;
    }

    /// <summary>The core banking system's key for POST /api/transactions in these tests.</summary>
    public const string UpstreamKey = "test-upstream-key-4c1d-a-long-enough-shared-secret";

    public TextWriter? Console { get; }

    protected override void ConfigureGrid(IWebHostBuilder builder)
    {
        builder.UseSetting("Grid:Upstream:Key", UpstreamKey);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (Console is { } console)
        {
            builder.ConfigureTestServices(services => services.AddKeyedSingleton(OneTimePasswords.ConsoleKey, console));
        }
        if (businessClock is { } clock)
        {
            builder.ConfigureTestServices(services => services.UseFakeBusinessClock(clock));
        }
        if (services is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }
}

/// <summary>The server every API test talks to: started once per test run, on a fresh data directory.</summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "branchgrid-api-tests-" + Guid.NewGuid().ToString("N"));

    public GridHost Host { get; private set; } = null!;

    /// <summary>Signed in as a head office's management department, which sees and may change the whole bank.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = new GridHost(DataDirectory);
        Host.StartServer();
        Http = await StaffSessions.HeadOfficeManagementAsync(Host.Services, Host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiServerFixture>
{
    public const string Name = "API on a real server";
}

/// <summary>A server of one test class's own, for settings the shared one does not have, on a fresh data directory deleted after.</summary>
public sealed class OwnGridHost : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "branchgrid-api-own-" + Guid.NewGuid().ToString("N"));

    public OwnGridHost(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null)
    {
        Host = new GridHost(_dataDirectory, settings, services: services);
        Host.StartServer();
    }

    public GridHost Host { get; }

    /// <summary>Signed in as a head office's management department, with a network of its own and one deposit applied.</summary>
    public async Task<(HttpClient Management, Network Network)> WithOneDepositAsync()
    {
        var management = await StaffSessions.HeadOfficeManagementAsync(Host.Services, Host.BaseAddress);
        var network = await Network.CreateAsync(management);
        Assert.Equal("Applied", Assert.Single(await management.ApplyAsync(Tx.Batch(network.Deposit(5m)))).Status);
        return (management, network);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
