using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;

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
    /// with an <see cref="InvalidOperationException"/> naming the owner's pid) and migrates the schema, so
    /// the providers find their tables and queries when they start. The lock is held by the
    /// <see cref="EmbeddedStore"/> singleton until the silo has stopped or the host's service provider is
    /// disposed, or until the process dies.
    /// </para>
    /// <para>
    /// Registers the default grain storage (<see cref="EmbeddedStoreNames.Default"/>), the
    /// <see cref="EmbeddedStoreNames.PubSubStore"/> grain storage and the reminder service, all on the ADO.NET
    /// providers with invariant <see cref="SqliteStore.OrleansInvariant"/>. Clustering is the caller's
    /// concern. Rows are keyed by <c>ClusterOptions.ServiceId</c>: keep it stable across restarts or the
    /// silo will not see its earlier state and reminders.
    /// </para>
    /// </remarks>
    public static ISiloBuilder UseEmbeddedStore(this ISiloBuilder silo, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        var store = EmbeddedStore.Open(dataDirectory);
        SqliteStore.RegisterDbProviderFactory();

        // A factory registration (not an instance) so the container owns and disposes it; resolving it as a
        // lifecycle participant guarantees it is created, hence disposed, whenever the silo is built.
        silo.Services.AddSingleton(_ => store);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<EmbeddedStore>());

        var connectionString = store.ConnectionString;
        silo.AddAdoNetGrainStorageAsDefault(options =>
        {
            options.Invariant = SqliteStore.OrleansInvariant;
            options.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorage(EmbeddedStoreNames.PubSubStore, options =>
        {
            options.Invariant = SqliteStore.OrleansInvariant;
            options.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = SqliteStore.OrleansInvariant;
            options.ConnectionString = connectionString;
        });
        return silo;
    }
}
