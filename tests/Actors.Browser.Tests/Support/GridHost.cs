using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Browser.Tests.Support;

/// <summary>
/// The silo as it ships (its Program, its built screens in wwwroot) on real Kestrel at a free loopback port, with its
/// Orleans ports free too, a fresh data directory and no demo data. Given a <see cref="FakeTimeProvider"/>, the business
/// clock and the durable clocks (reminders) follow it, as in the grain tests; the screens' batching keeps real time.
/// </summary>
public sealed class GridHost(string dataDirectory, FakeTimeProvider? businessClock = null) : GridTestHost(dataDirectory)
{
    private readonly FakeTimeProvider? _businessClock = businessClock;

    protected override void ConfigureGrid(IWebHostBuilder builder)
    {
        builder.UseSetting("Dashboard:Enabled", "false");
        // Never the demo's simulated days: their accelerated business clock would move the screens under the tests.
        builder.UseSetting("Demo:Enabled", "false");
        if (_businessClock is { } clock)
        {
            builder.ConfigureTestServices(services => services.UseFakeBusinessClock(clock));
        }
    }
}

