using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Actors.Storage;

/// <summary>
/// Where the embedded store lives and how to connect to it.
/// </summary>
public static class SqliteStore
{
    /// <summary>The database file inside a data directory.</summary>
    public const string DatabaseFileName = "branchgrid.db";

    /// <summary>
    /// The ADO.NET invariant to give Orleans' AdoNet providers for SQLite.
    /// </summary>
    /// <remarks>
    /// Orleans 10.4.2 does not consult <see cref="DbProviderFactories"/>. Each AdoNet provider assembly
    /// (Persistence.AdoNet, Reminders.AdoNet, ...) compiles in its own <c>DbConnectionFactory</c> with a fixed
    /// map from invariant to factory type, and for <c>"System.Data.SQLite"</c> that entry is
    /// <c>Microsoft.Data.Sqlite.SqliteFactory</c>, loaded with <c>Assembly.Load("Microsoft.Data.Sqlite")</c>
    /// and its static <c>Instance</c> field. Any other name (for example "Microsoft.Data.Sqlite") is rejected.
    /// So the requirements are only this invariant and Microsoft.Data.Sqlite being deployed with the app,
    /// which this assembly guarantees by referencing it.
    /// </remarks>
    public const string OrleansInvariant = "System.Data.SQLite";

    /// <summary>Seconds a command waits for a busy database (another writer) before failing.</summary>
    public const int DefaultBusyTimeoutSeconds = 30;

    /// <summary>
    /// The connection string for the database in <paramref name="dataDirectory"/>; creates the directory.
    /// </summary>
    /// <param name="dataDirectory">The data directory; made absolute.</param>
    /// <param name="busyTimeoutSeconds">
    /// Default command timeout. Microsoft.Data.Sqlite retries a statement that hits SQLITE_BUSY/SQLITE_LOCKED
    /// until this much time has passed, so concurrent writers queue instead of failing.
    /// </param>
    public static string BuildConnectionString(string dataDirectory, int busyTimeoutSeconds = DefaultBusyTimeoutSeconds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(busyTimeoutSeconds);

        var directory = Path.GetFullPath(dataDirectory);
        PrivateFiles.Directory(directory);
        PrivateFiles.DatabaseFile(Path.Combine(directory, DatabaseFileName));
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, DatabaseFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = busyTimeoutSeconds,
        }.ToString();
    }

    /// <summary>
    /// Registers <see cref="SqliteFactory"/> in <see cref="DbProviderFactories"/> under
    /// <see cref="OrleansInvariant"/> and "Microsoft.Data.Sqlite". Idempotent.
    /// </summary>
    /// <remarks>
    /// Orleans does not need this (see <see cref="OrleansInvariant"/>); it is for other ADO.NET code and
    /// tools that resolve factories by invariant name, so that they get the same provider Orleans uses.
    /// </remarks>
    public static void RegisterDbProviderFactory()
    {
        DbProviderFactories.RegisterFactory(OrleansInvariant, SqliteFactory.Instance);
        DbProviderFactories.RegisterFactory("Microsoft.Data.Sqlite", SqliteFactory.Instance);
    }

    /// <summary>
    /// Closes the idle pooled connections of <paramref name="connectionString"/> so the database file is
    /// released (SQLite checkpoints the WAL when the last connection closes).
    /// </summary>
    public static void ReleasePooledConnections(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
