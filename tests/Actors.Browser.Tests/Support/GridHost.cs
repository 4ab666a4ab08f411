using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Actors.Grains.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.Reminders;

namespace Actors.Browser.Tests.Support;

/// <summary>
/// The silo as it ships (its Program, its built screens in wwwroot) on real Kestrel at a free loopback port, with its
/// Orleans ports free too, a fresh data directory and no demo data. Given a <see cref="FakeTimeProvider"/>, the business
/// clock and the durable clocks (reminders) follow it, as in the grain tests; the screens' batching keeps real time.
/// </summary>
public sealed class GridHost : WebApplicationFactory<Program>
{
    private readonly FakeTimeProvider? _businessClock;

    public GridHost(string dataDirectory, FakeTimeProvider? businessClock = null)
    {
        DataDirectory = dataDirectory;
        _businessClock = businessClock;
        (HttpPort, SiloPort, GatewayPort) = FreePorts.Three();
        UseKestrel(o => o.Listen(IPAddress.Loopback, HttpPort));
    }

    public string DataDirectory { get; }
    public int HttpPort { get; }
    public int SiloPort { get; }
    public int GatewayPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Grid:DataDirectory", DataDirectory);
        builder.UseSetting("Grid:SeedDemo", "false");
        builder.UseSetting("Grid:SiloPort", SiloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Grid:GatewayPort", GatewayPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Dashboard:Enabled", "false");
        // Never the demo's simulated days: their accelerated business clock would move the screens under the tests.
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (_businessClock is { } clock)
        {
            builder.ConfigureTestServices(services =>
            {
                services.AddKeyedSingleton<TimeProvider>(BankRules.ClockKey, clock);
                services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);
                // Every reminder is loaded as it is registered, so moving the fake clock fires it at its instant
                // instead of after the periodic table refresh (which keeps real time).
                services.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(400));
            });
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
