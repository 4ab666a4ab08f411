using System.Net;
using Actors.Contracts;
using Actors.Hosting.Audit;
using Actors.Hosting.Bootstrap;
using Actors.Hosting.Calendars;
using Actors.Hosting.Demo;
using Actors.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Actors.Hosting.Extensions;

public static class SiloBuilderExtensions
{
    /// <summary>The grid's grains, rules and event streams on a silo, whatever its store.</summary>
    public static ISiloBuilder AddBranchGridGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddBankRules(configuration);
        silo.Services.AddOptions<CalendarRefreshOptions>().Bind(configuration.GetSection(CalendarRefreshOptions.SectionName))
            .Validate(o => o.PeriodSeconds > 0, "Grid:Calendars:PeriodSeconds must be positive").ValidateOnStart();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, CalendarRefresh>();
        // How often each stream queue is read decides part of every screen's delay: Orleans' default is 100 ms.
        var poll = configuration.GetValue<int?>("Grid:StreamPollMilliseconds") is int ms and > 0 ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null;
        silo.AddMemoryStreams(GridStreams.ProviderName, streams =>
        {
            if (poll is { } period)
            {
                streams.ConfigurePullingAgent(o => o.Configure(agent => agent.GetQueueMsgsTimerPeriod = period));
            }
        });
        return silo;
    }

    /// <summary>One process on the embedded store: loopback clustering, SQLite storage and reminders, optional demo data and simulated days.</summary>
    public static ISiloBuilder UseEmbeddedGrid(this ISiloBuilder silo, IConfiguration configuration, GridHostOptions options)
    {
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        // Silos only talk to silos: the web host is co-hosted and calls its grains in-process, so the embedded silo opens
        // no gateway (an Orleans client on it would bypass every HTTP check).
        silo.Configure<EndpointOptions>(endpoints => (endpoints.GatewayPort, endpoints.GatewayListeningEndpoint) = (0, null));
        silo.UseEmbeddedStore(options.DataDirectory);
        silo.AddEmbeddedSecurityAudit();
        silo.AddBranchGridGrains(configuration);
        silo.AddDemo(configuration, options);
        silo.AddFirstAdministrator(configuration);
        silo.AddStartupTask<OpenBooksAtStart>();
        return silo;
    }

    /// <summary>The store chosen by "Grid:Store": embedded (the default) or the PostgreSQL cluster, checked before anything starts.</summary>
    public static ISiloBuilder UseConfiguredGrid(this ISiloBuilder silo, IConfiguration configuration, GridHostOptions options) =>
        options.Store == GridStore.PostgreSql
            ? silo.UseClusterGrid(configuration, options, ClusterStoreSettings.FromConfiguration(configuration, options))
            : silo.UseEmbeddedGrid(configuration, options);

    /// <summary>
    /// One silo of many on one PostgreSQL database: membership, storage and reminders there; silo and gateway
    /// ports listening on the advertised address only, over mutual TLS when Grid:Tls names a certificate
    /// (<see cref="ClusterTls"/>); optional demo data (give it to one silo).
    /// </summary>
    public static ISiloBuilder UseClusterGrid(this ISiloBuilder silo, IConfiguration configuration, GridHostOptions options, ClusterStoreSettings store)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = store.AdvertisedIp;
            o.SiloPort = options.SiloPort;
            o.GatewayPort = options.GatewayPort;
            o.SiloListeningEndpoint = new IPEndPoint(store.AdvertisedIp, options.SiloPort);
            o.GatewayListeningEndpoint = new IPEndPoint(store.AdvertisedIp, options.GatewayPort);
        });
        silo.UseClusterTls(configuration);
        silo.UseClusterMembership(store.ConnectionString);
        silo.UseClusterStore(store.ConnectionString, store.MigrateOnStart);
        silo.AddClusterSecurityAudit(store.ConnectionString);
        silo.AddBranchGridGrains(configuration);
        silo.AddDemo(configuration, options);
        silo.AddFirstAdministrator(configuration);
        silo.AddStartupTask<OpenBooksAtStart>();
        return silo;
    }
}
