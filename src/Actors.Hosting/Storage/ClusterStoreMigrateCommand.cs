using Actors.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Actors.Hosting.Storage;

/// <summary>
/// <c>Actors.Silo migrate</c>: applies the configured store's schema and exits, so operators can migrate once
/// before rolling out silos (and run those with <c>Grid:MigrateOnStart=false</c>).
/// </summary>
public static class ClusterStoreMigrateCommand
{
    public const string Name = "migrate";

    /// <summary>Whether the process was started as <c>migrate</c> (the first argument).</summary>
    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Name;

    /// <summary>Migrates the store chosen by "Grid:Store"; returns the process exit code (0 = the schema is current).</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var options = configuration.GetSection(GridHostOptions.SectionName).Get<GridHostOptions>() ?? new GridHostOptions();
        try
        {
            var (applied, where) = options.Store == GridStore.PostgreSql
                ? await MigratePostgresAsync(ClusterStoreSettings.FromConfiguration(configuration, options))
                : await MigrateEmbeddedAsync(options.DataDirectory);
            await output.WriteLineAsync(applied.Count == 0
                ? $"The {options.Store} store at {where} is up to date ({string.Join(", ", Scripts(options.Store))})."
                : $"Applied {string.Join(", ", applied)} to the {options.Store} store at {where}.");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NpgsqlException or SqliteException)
        {
            await error.WriteLineAsync($"migrate failed: {ex.Message}");
            return 1;
        }
    }

    private static async Task<(IReadOnlyList<string>, string)> MigratePostgresAsync(ClusterStoreSettings settings) =>
        (await PostgresSchema.MigrateAsync(settings.ConnectionString), settings.Description);

    private static async Task<(IReadOnlyList<string>, string)> MigrateEmbeddedAsync(string dataDirectory)
    {
        // The same lock a silo takes: migrating under a running embedded silo is refused, naming its pid.
        using var directoryLock = DataDirectoryLock.Acquire(dataDirectory);
        var connectionString = SqliteStore.BuildConnectionString(directoryLock.DataDirectory);
        try
        {
            return (await SqliteSchema.MigrateAsync(connectionString), directoryLock.DataDirectory);
        }
        finally
        {
            SqliteStore.ReleasePooledConnections(connectionString);
        }
    }

    private static IReadOnlyList<string> Scripts(GridStore store) =>
        store == GridStore.PostgreSql ? PostgresSchema.Scripts : SqliteSchema.Scripts;
}
