using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Actors.Storage;

/// <summary>
/// Applies the embedded PostgreSQL scripts (<c>Sql/PostgreSql/*.sql</c>) in name order.
/// </summary>
/// <remarks>
/// <para>
/// One transaction does everything: it takes a transaction-level advisory lock
/// (<c>pg_advisory_xact_lock</c>), so silos that start together migrate one after the other; it reads
/// <c>BranchGridSchema(Script, Checksum, AppliedAtUtc)</c>, runs each script not recorded there and records
/// it. PostgreSQL DDL is transactional, so a failing script leaves the database as it was. The lock is
/// released by the commit or rollback, also when the process dies, so it can never be left behind.
/// </para>
/// <para>
/// An applied script must never be edited: changes go into a new, higher-numbered script. A recorded
/// script whose text has changed since is refused with a message naming it, rather than silently skipped.
/// </para>
/// </remarks>
public static class PostgresSchema
{
    /// <summary>The table recording applied scripts.</summary>
    public const string SchemaTable = "BranchGridSchema";

    /// <summary>The advisory lock key that serialises migrations ("BGSCHEMA" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x4247_5343_4845_4D41;

    private static readonly EmbeddedScripts Embedded = new("PostgreSql", "PostgreSQL");

    /// <summary>The script names (e.g. <c>0001-Main.sql</c>) in the order they are applied.</summary>
    public static IReadOnlyList<string> Scripts => Embedded.Names;

    /// <summary>Returns the text of an embedded script.</summary>
    public static string ReadScript(string script) => Embedded.Read(script);

    /// <summary>The SHA-256 of a script's text (hex), recorded when it is applied.</summary>
    public static string Checksum(string script) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ReadScript(script))));

    /// <summary>Applies every script not yet recorded in <see cref="SchemaTable"/>.</summary>
    /// <returns>The scripts applied by this call (empty when the schema was already current).</returns>
    /// <exception cref="InvalidOperationException">A recorded script was edited after it was applied.</exception>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key);", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS {SchemaTable} (Script text PRIMARY KEY, Checksum text NOT NULL, AppliedAtUtc timestamptz NOT NULL DEFAULT now());",
            ct).ConfigureAwait(false);

        var recorded = await ReadRecordedAsync(connection, transaction, ct).ConfigureAwait(false);
        var applied = new List<string>();
        foreach (var script in Scripts)
        {
            var checksum = Checksum(script);
            if (recorded.TryGetValue(script, out var recordedChecksum))
            {
                if (!string.Equals(recordedChecksum, checksum, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"PostgreSQL schema script '{script}' was changed after it was applied to this database " +
                        $"(recorded checksum {recordedChecksum}, shipped {checksum}). Applied scripts must not be edited: " +
                        "put the change in a new, higher-numbered script.");
                }
                continue;
            }

            await ExecuteAsync(connection, transaction, ReadScript(script), ct).ConfigureAwait(false);
            await using (var record = new NpgsqlCommand($"INSERT INTO {SchemaTable} (Script, Checksum) VALUES (@script, @checksum);", connection, transaction))
            {
                record.Parameters.AddWithValue("script", script);
                record.Parameters.AddWithValue("checksum", checksum);
                await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            applied.Add(script);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return applied;
    }

    private static async Task<Dictionary<string, string>> ReadRecordedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand($"SELECT Script, Checksum FROM {SchemaTable};", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            recorded[reader.GetString(0)] = reader.GetString(1);
        }
        return recorded;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
