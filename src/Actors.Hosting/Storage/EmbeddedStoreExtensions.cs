using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;

namespace Actors.Hosting.Storage;

/// <summary>
/// Silo configuration for the embedded durable store (one SQLite file per data directory).
/// </summary>
public static class EmbeddedStoreExtensions
{
    /// <summary>
    /// Keeps grain state and reminders in <c>branchgrid.db</c> inside <paramref name="dataDirectory"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Runs immediately, while the silo is being configured: takes the exclusive
    /// <see cref="DataDirectoryLock"/> on the directory (a second process on the same directory fails here
    /// with an <see cref="InvalidOperationException"/> naming the owner's pid) and migrates the schema. The lock is
    /// held by the <see cref="EmbeddedStore"/> singleton until the silo has stopped or the host's service provider is
    /// disposed, or until the process dies.
    /// </para>
    /// <para>
    /// Registers the default grain storage (<see cref="EmbeddedStoreNames.Default"/>), the
    /// <see cref="EmbeddedStoreNames.PubSubStore"/> grain storage and the reminder table, all on the store's single
    /// writer (<see cref="SqliteWriter"/>: group commit, no <c>SQLITE_BUSY</c>) and its WAL readers. Clustering is the
    /// caller's concern. Rows are keyed by <c>ClusterOptions.ServiceId</c>: keep it stable across restarts or the silo
    /// will not see its earlier state and reminders.
    /// </para>
    /// </remarks>
    public static ISiloBuilder UseEmbeddedStore(this ISiloBuilder silo, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        var store = EmbeddedStore.Open(dataDirectory);

        // A factory registration (not an instance) so the container owns and disposes it; resolving it as a
        // lifecycle participant guarantees it is created, hence disposed, whenever the silo is built.
        silo.Services.AddSingleton(_ => store);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<EmbeddedStore>());
        silo.Services.AddSingleton<IGridStore>(sp =>
            sp.GetRequiredService<EmbeddedStore>().Grid(sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        return silo.UseGridStore();
    }

    /// <summary>
    /// The grid store in memory, not durable (<see cref="MemoryGridStore"/>): everything the embedded store does but the
    /// disk, for measuring the grid without it.
    /// </summary>
    public static ISiloBuilder UseMemoryGridStore(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<IGridStore>(sp => new MemoryGridStore(sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        return silo.UseGridStore();
    }

    /// <summary>Grain storage (default and pub-sub) and the reminder table on the registered <see cref="IGridStore"/>.</summary>
    public static ISiloBuilder UseGridStore(this ISiloBuilder silo)
    {
        silo.Services.AddGrainStorage(EmbeddedStoreNames.Default, GridGrainStorage.Create);
        silo.Services.AddGrainStorage(EmbeddedStoreNames.PubSubStore, GridGrainStorage.Create);
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable, GridReminderTable>();
        return silo;
    }
}
