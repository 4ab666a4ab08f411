using Actors.Storage;
using Orleans;
using Orleans.Runtime;

namespace Actors.Hosting.Storage;

/// <summary>
/// The open embedded store of one silo: the locked data directory and its SQLite database.
/// </summary>
/// <remarks>
/// Registered as a singleton by <see cref="EmbeddedStoreExtensions.UseEmbeddedStore"/>. It releases the
/// data-directory lock and closes the pooled SQLite connections (so SQLite checkpoints the WAL into the
/// database file) when the silo has stopped, or when the host's service provider is disposed, whichever
/// comes first; the kernel releases the lock if the process dies.
/// </remarks>
public sealed class EmbeddedStore : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly DataDirectoryLock _lock;

    private EmbeddedStore(DataDirectoryLock directoryLock, string connectionString)
    {
        _lock = directoryLock;
        ConnectionString = connectionString;
    }

    /// <summary>The absolute data directory.</summary>
    public string DataDirectory => _lock.DataDirectory;

    /// <summary>The path of the SQLite database file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, SqliteStore.DatabaseFileName);

    /// <summary>The connection string given to the Orleans AdoNet providers.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Locks <paramref name="dataDirectory"/> and brings its database schema up to date (synchronously).
    /// </summary>
    /// <exception cref="InvalidOperationException">The directory is in use by another process or silo.</exception>
    public static EmbeddedStore Open(string dataDirectory)
    {
        var directoryLock = DataDirectoryLock.Acquire(dataDirectory);
        try
        {
            var connectionString = SqliteStore.BuildConnectionString(directoryLock.DataDirectory);
            SqliteSchema.MigrateAsync(connectionString).GetAwaiter().GetResult();
            return new EmbeddedStore(directoryLock, connectionString);
        }
        catch
        {
            directoryLock.Dispose();
            throw;
        }
    }

    void ILifecycleParticipant<ISiloLifecycle>.Participate(ISiloLifecycle lifecycle)
    {
        // Stopping the first stage is the very last step of a silo shutdown, after every provider is done
        // with the database. A stopped silo never starts again, so the directory is released here rather
        // than only on disposal: hosts are not always disposed after being stopped (the in-process
        // TestingHost cluster, for one, drops stopped silo hosts without disposing them).
        lifecycle.Subscribe(
            nameof(EmbeddedStore),
            ServiceLifecycleStage.First,
            _ => Task.CompletedTask,
            _ =>
            {
                Dispose();
                return Task.CompletedTask;
            });
    }

    /// <summary>Whether this store still holds its data directory.</summary>
    public bool IsOpen => _lock.IsHeld;

    /// <summary>Closes pooled connections and releases the data-directory lock. Idempotent.</summary>
    public void Dispose()
    {
        try
        {
            SqliteStore.ReleasePooledConnections(ConnectionString);
        }
        finally
        {
            _lock.Dispose();
        }
    }
}
