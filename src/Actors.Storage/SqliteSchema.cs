using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Actors.Storage;

/// <summary>
/// Applies the embedded SQLite scripts (<c>Sql/Sqlite/*.sql</c>) in name order.
/// </summary>
/// <remarks>
/// Each script runs in its own <c>BEGIN IMMEDIATE</c> transaction together with its row in
/// <c>BranchGridSchema(Script, AppliedAtUtc)</c>; a script already recorded there is skipped, so migrating
/// any number of times, or from two processes at once, applies each script exactly once. An applied script
/// must never be edited; changes go into a new, higher-numbered script.
/// </remarks>
public static class SqliteSchema
{
    /// <summary>The table recording applied scripts.</summary>
    public const string SchemaTable = "BranchGridSchema";

    private static readonly EmbeddedScripts Embedded = new("Sqlite", "SQLite");

    /// <summary>The script names (e.g. <c>0001-Main.sql</c>) in the order they are applied.</summary>
    public static IReadOnlyList<string> Scripts => Embedded.Names;

    /// <summary>Returns the text of an embedded script.</summary>
    public static string ReadScript(string script) => Embedded.Read(script);

    /// <summary>
    /// Switches the database to WAL and applies every script not yet recorded in <see cref="SchemaTable"/>.
    /// </summary>
    /// <returns>The scripts applied by this call (empty when the schema was already current).</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);

        // WAL lets readers run alongside the single writer; the mode is stored in the file, so this is
        // a one-time switch that later connections inherit. It cannot run inside a transaction.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL;";
            var mode = Convert.ToString(await pragma.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"SQLite database '{connection.DataSource}' refused journal_mode=WAL (it reports '{mode}'). " +
                    "The embedded store needs a database file on a local file system.");
            }
        }

        var applied = new List<string>();
        foreach (var script in Scripts)
        {
            ct.ThrowIfCancellationRequested();

            // deferred: false => BEGIN IMMEDIATE: take the write lock first, then look at BranchGridSchema,
            // so a concurrent migrator waits (busy timeout) and then sees the script as applied.
            await using var transaction = connection.BeginTransaction(deferred: false);

            await ExecuteAsync(connection, transaction,
                $"CREATE TABLE IF NOT EXISTS {SchemaTable} (Script TEXT PRIMARY KEY, AppliedAtUtc TEXT NOT NULL);", ct).ConfigureAwait(false);

            await using (var check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = $"SELECT COUNT(*) FROM {SchemaTable} WHERE Script = $script;";
                check.Parameters.AddWithValue("$script", script);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
                {
                    await transaction.RollbackAsync(ct).ConfigureAwait(false);
                    continue;
                }
            }

            await ExecuteAsync(connection, transaction, ReadScript(script), ct).ConfigureAwait(false);

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {SchemaTable} (Script, AppliedAtUtc) VALUES ($script, $at);";
                record.Parameters.AddWithValue("$script", script);
                record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
            applied.Add(script);
        }

        return applied;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
