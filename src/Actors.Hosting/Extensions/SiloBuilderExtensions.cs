using Actors.Contracts;
using Actors.Hosting.Demo;
using Actors.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Hosting.Extensions;

public static class SiloBuilderExtensions
{
    /// <summary>The grid's grains, rules and event streams on a silo, whatever its store.</summary>
    public static ISiloBuilder AddBranchGridGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddBankRules(configuration);
        silo.AddMemoryStreams(GridStreams.ProviderName);
        return silo;
    }

    /// <summary>One process on the embedded store: loopback clustering, SQLite storage and reminders, optional demo data.</summary>
    public static ISiloBuilder UseEmbeddedGrid(this ISiloBuilder silo, IConfiguration configuration, GridHostOptions options)
    {
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        silo.UseEmbeddedStore(options.DataDirectory);
        silo.AddBranchGridGrains(configuration);
        if (options.SeedDemo)
        {
            silo.AddStartupTask<DemoNetworkSeeder>();
        }
        return silo;
    }
}
