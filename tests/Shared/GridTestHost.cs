using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Actors.Testing;

/// <summary>
/// One real BranchGrid process-in-process, as the tests start it (linked into the API, screens and browser tests): the
/// silo's Program on Kestrel at a free loopback port, its Orleans silo on free silo and gateway ports, its embedded
/// store in <see cref="DataDirectory"/>, no demo data. Each project adds what it needs in <see cref="ConfigureGrid"/>.
/// </summary>
public abstract class GridTestHost : WebApplicationFactory<Program>
{
    protected GridTestHost(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        (HttpPort, SiloPort, GatewayPort) = FreePorts.Three();
        UseKestrel(o => o.Listen(IPAddress.Loopback, HttpPort));
    }

    public string DataDirectory { get; }
    public int HttpPort { get; }
    public int SiloPort { get; }
    public int GatewayPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Grid:DataDirectory", DataDirectory);
        builder.UseSetting("Grid:SeedDemo", "false");
        builder.UseSetting("Grid:SiloPort", SiloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Grid:GatewayPort", GatewayPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test signs its people in from 127.0.0.1: the sign-in rate limit is the throttling tests' own business.
        builder.UseSetting("Grid:SignIn:PerAddressPerMinute", "100000");
        ConfigureGrid(builder);
    }

    /// <summary>This project's settings and services on top of the common ones.</summary>
    protected abstract void ConfigureGrid(IWebHostBuilder builder);
}
