using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Actors.Hosting.Storage;

/// <summary>
/// Silo configuration for the cluster store: one PostgreSQL database shared by every silo of the grid.
/// </summary>
public static class ClusterStoreExtensions
{
    /// <summary>
    /// Keeps grain state (default storage and <see cref="EmbeddedStoreNames.PubSubStore"/>), the rows that join it and
    /// reminders in PostgreSQL, on the project's own schema (<c>Sql/PostgreSql</c>), optionally applied as the silo
    /// starts; writes are flushed in groups, one transaction per flush (<see cref="PostgresGridStore"/>).
    /// </summary>
    /// <remarks>
    /// The storage names are the embedded store's, so grains do not know which store they run on. Rows are
    /// keyed by <c>ClusterOptions.ServiceId</c>: every silo of the grid, and every restart, must use the same one.
    /// </remarks>
    public static ISiloBuilder UseClusterStore(this ISiloBuilder silo, string connectionString, bool migrateOnStart = true)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        if (migrateOnStart)
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
                new ClusterStoreMigrator(connectionString, sp.GetRequiredService<ILogger<ClusterStoreMigrator>>()));
        }
        silo.Services.AddSingleton(sp => new PostgresGridStore(connectionString, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        silo.Services.AddSingleton<IGridStore>(sp => sp.GetRequiredService<PostgresGridStore>());
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new GridStoreLifetime(sp.GetRequiredService<PostgresGridStore>()));
        return silo.UseGridStore();
    }

    /// <summary>Silo membership (and the gateway list) in the same database, per <c>ClusterOptions.ClusterId</c>.</summary>
    public static ISiloBuilder UseClusterMembership(this ISiloBuilder silo, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgresStore.OrleansInvariant;
            options.ConnectionString = connectionString;
        });
        return silo;
    }
}
