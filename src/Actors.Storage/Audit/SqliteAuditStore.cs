using System.Text.Json;
using Actors.Domain.Audit;
using Microsoft.Data.Sqlite;

namespace Actors.Storage;

/// <summary>
/// The security audit in the embedded store: entries go through the store's one writer (<see cref="AuditRow"/>, group
/// commit, durable before the append completes), reads on a read-only connection of their own (WAL: they never wait).
/// </summary>
public sealed class SqliteAuditStore(IGridStore store, string connectionString, TimeProvider time) : IAuditLog
{
    private readonly string _readOnly = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();

    public async Task AppendAsync(AuditEntry entry) => await store.WriteAsync([new AuditRow(time.GetUtcNow(), entry)]).ConfigureAwait(false);

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter)
    {
        await using var connection = new SqliteConnection(_readOnly);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteAuditSql.Read;
        command.Parameters.AddWithValue("$s", store.ServiceId);
        command.Parameters.AddWithValue("$from", (object?)filter.From?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$to", (object?)filter.To?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$a", (object?)filter.Action ?? DBNull.Value);
        command.Parameters.AddWithValue("$actor", (object?)filter.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("$ids", filter.Institutions is { } ids ? JsonSerializer.Serialize(ids) : DBNull.Value);
        command.Parameters.AddWithValue("$before", (object?)filter.Before ?? DBNull.Value);
        command.Parameters.AddWithValue("$n", filter.Limit);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var entries = new List<AuditRecord>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new AuditRecord(reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), new AuditEntry(
                reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8))));
        }
        return entries;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
