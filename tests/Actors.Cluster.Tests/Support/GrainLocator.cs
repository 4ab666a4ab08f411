using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Actors.Cluster.Tests.Support;

/// <summary>
/// Asks the cluster where a grain is activated now (Orleans' management grain, through a cluster client of the test
/// process on the silos' gateways). Only for telling which silo to kill and for reporting; the product has no such API.
/// </summary>
public sealed class GrainLocator : IAsyncDisposable
{
    private readonly IHost _host;

    private GrainLocator(IHost host) => _host = host;

    private IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<GrainLocator> ConnectAsync(ThreeSiloGrid grid)
    {
        var host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.UseStaticClustering([.. grid.All.Select(s => new IPEndPoint(IPAddress.Loopback, s.GatewayPort))]);
                client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (grid.ClusterId, ThreeSiloGrid.ServiceId));
            })
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .Build();
        await host.StartAsync();
        return new GrainLocator(host);
    }

    /// <summary>The silo port of the silo hosting the grain's activation, or null when it has none now.</summary>
    public async Task<int?> SiloPortOf<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        var address = await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(Client.GetGrain<TGrain>(key));
        return address?.Endpoint.Port;
    }

    /// <summary>The silo (of <paramref name="silos"/>) hosting each grain now; grains without an activation are left out.</summary>
    public async Task<Dictionary<string, SiloProcess>> HostsOf<TGrain>(IEnumerable<string> keys, IReadOnlyList<SiloProcess> silos) where TGrain : IGrainWithStringKey
    {
        var hosts = new Dictionary<string, SiloProcess>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (await SiloPortOf<TGrain>(key) is { } port && silos.FirstOrDefault(s => s.SiloPort == port) is { } silo)
            {
                hosts[key] = silo;
            }
        }
        return hosts;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
