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

    private readonly Lock _gate = new();
    private readonly int _maxBatch;
    private SqliteGridStore? _grid;

    private EmbeddedStore(DataDirectoryLock directoryLock, string connectionString, int maxBatch)
    {
        _lock = directoryLock;
        ConnectionString = connectionString;
        _maxBatch = maxBatch;
    }

    /// <summary>The absolute data directory.</summary>
    public string DataDirectory => _lock.DataDirectory;

    /// <summary>The path of the SQLite database file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, SqliteStore.DatabaseFileName);

    /// <summary>The connection string of the database.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// The store's one writer and its readers, for grain state, reminders and the rows that join them, keyed by the
    /// silo's service id; started by the first call (the service id is known only once the silo is built).
    /// </summary>
    public SqliteGridStore Grid(string serviceId)
    {
        lock (_gate)
        {
            _grid ??= new SqliteGridStore(ConnectionString, serviceId, _maxBatch);
            return _grid.ServiceId == serviceId
                ? _grid
                : throw new InvalidOperationException($"The embedded store is open for service '{_grid.ServiceId}', not '{serviceId}'.");
        }
    }

    /// <summary>
    /// Locks <paramref name="dataDirectory"/> and brings its database schema up to date (synchronously).
    /// </summary>
    /// <param name="maxBatch">The most writes one commit carries.</param>
    /// <exception cref="InvalidOperationException">The directory is in use by another process or silo.</exception>
    public static EmbeddedStore Open(string dataDirectory, int maxBatch = 1024)
    {
        var directoryLock = DataDirectoryLock.Acquire(dataDirectory);
        try
        {
            var connectionString = SqliteStore.BuildConnectionString(directoryLock.DataDirectory);
            SqliteSchema.MigrateAsync(connectionString).GetAwaiter().GetResult();
            return new EmbeddedStore(directoryLock, connectionString, maxBatch);
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

    /// <summary>Commits what the writer has queued, closes every connection and releases the data-directory lock. Idempotent.</summary>
    public void Dispose()
    {
        try
        {
            SqliteGridStore? grid;
            lock (_gate)
            {
                (grid, _grid) = (_grid, null);
            }
            grid?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            SqliteStore.ReleasePooledConnections(ConnectionString);
        }
        finally
        {
            _lock.Dispose();
        }
    }
}
