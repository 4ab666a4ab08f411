using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Actors.Hosting.Bootstrap;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Tests;

/// <summary>
/// One real BranchGrid process-in-process: the silo's Program on Kestrel (loopback, free port), its Orleans silo on free
/// silo and gateway ports, its embedded store in a fresh temporary data directory, no demo data.
/// </summary>
public sealed class GridHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> settings;

    /// <param name="settings">Configuration on top of the tests' own (e.g. "Grid:FirstAdministrator:StaffId").</param>
    /// <param name="console">Where first passwords are shown; the process console when null.</param>
    public GridHost(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, TextWriter? console = null)
    {
        DataDirectory = dataDirectory;
        this.settings = settings ?? new Dictionary<string, string>();
        Console = console;
        (HttpPort, SiloPort, GatewayPort) = FreePorts.Three();
        UseKestrel(o => o.Listen(IPAddress.Loopback, HttpPort));
    }

    /// <summary>The core banking system's key for POST /api/transactions in these tests.</summary>
    public const string UpstreamKey = "test-upstream-key-4c1d";

    public string DataDirectory { get; }
    public int HttpPort { get; }
    public int SiloPort { get; }
    public int GatewayPort { get; }
    public TextWriter? Console { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Grid:DataDirectory", DataDirectory);
        builder.UseSetting("Grid:SeedDemo", "false");
        builder.UseSetting("Grid:SiloPort", SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Grid:GatewayPort", GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Grid:Upstream:Key", UpstreamKey);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (Console is { } console)
        {
            builder.ConfigureTestServices(services => services.AddKeyedSingleton(OneTimePasswords.ConsoleKey, console));
        }
    }
}

internal static class FreePorts
{
    /// <summary>Three distinct free loopback ports: all are held open together while the OS picks them.</summary>
    public static (int, int, int) Three()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
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
