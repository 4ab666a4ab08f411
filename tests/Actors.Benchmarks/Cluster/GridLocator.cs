using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// An Orleans client of the PostgreSQL cluster (its gateways found in the membership table), used only to ask the
/// cluster where a grain lives, a question the HTTP API does not answer.
/// </summary>
internal sealed class GridLocator : IAsyncDisposable
{
    private readonly IHost _host;

    private GridLocator(IHost host) => _host = host;

    private IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();
    private IManagementGrain Management => Client.GetGrain<IManagementGrain>(0);

    public static async Task<GridLocator> ConnectAsync(string connectionString, string clusterId, string serviceId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = PostgresStore.OrleansInvariant;
                o.ConnectionString = connectionString;
            });
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, serviceId));
        });
        var host = builder.Build();
        await host.StartAsync();
        return new GridLocator(host);
    }

    /// <summary>The silo port of the silo holding the grain's activation, or null when it is not active.</summary>
    public async Task<int?> SiloPortOf<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        var silo = await Management.GetActivationAddress(Client.GetGrain<TGrain>(key));
        return silo?.Endpoint.Port;
    }

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _host.StopAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
        }
        _host.Dispose();
    }
}
