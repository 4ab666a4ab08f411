using Actors.Domain.Audit;
using Npgsql;
using NpgsqlTypes;

namespace Actors.Storage;

/// <summary>
/// The security audit in the cluster store: each silo inserts its own entries in the shared database (one statement,
/// durable when it returns); <c>Sql/PostgreSql/0006-SecurityAudit.sql</c> refuses any update or removal.
/// </summary>
public sealed class PostgresAuditStore(string connectionString, string serviceId, TimeProvider time) : IAuditLog
{
    private const string Insert = """
        INSERT INTO GridAudit (ServiceId, RecordedAt, Action, Actor, ActorInstitutionId, Address, Target, InstitutionId, Detail)
        VALUES (@s, @at, @a, @actor, @ai, @addr, @t, @i, @d);
        """;

    private const string Read = """
        SELECT Sequence, RecordedAt, Action, Actor, ActorInstitutionId, Address, Target, InstitutionId, Detail
        FROM GridAudit
        WHERE ServiceId = @s
          AND (@from::timestamptz IS NULL OR RecordedAt >= @from)
          AND (@to::timestamptz IS NULL OR RecordedAt < @to)
          AND (@a::text IS NULL OR Action = @a OR left(Action, length(@a) + 1) = @a || '.')
          AND (@actor::text IS NULL OR Actor = @actor)
          AND (@ids::text[] IS NULL OR InstitutionId = ANY(@ids))
          AND (@before::bigint IS NULL OR Sequence < @before)
        ORDER BY Sequence DESC
        LIMIT @n;
        """;

    public async Task AppendAsync(AuditEntry entry)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Insert, connection);
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        command.Parameters.AddWithValue("a", entry.Action);
        Add(command, "actor", entry.Actor);
        Add(command, "ai", entry.ActorInstitutionId);
        Add(command, "addr", entry.Address);
        Add(command, "t", entry.Target);
        Add(command, "i", entry.InstitutionId);
        Add(command, "d", entry.Detail);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Read, connection);
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = (object?)filter.From?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = (object?)filter.To?.ToUniversalTime() ?? DBNull.Value });
        Add(command, "a", filter.Action);
        Add(command, "actor", filter.Actor);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)filter.Institutions?.ToArray() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Bigint) { Value = (object?)filter.Before ?? DBNull.Value });
        command.Parameters.AddWithValue("n", filter.Limit);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var entries = new List<AuditRecord>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new AuditRecord(reader.GetInt64(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero), new AuditEntry(
                reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8))));
        }
        return entries;
    }

    private static void Add(NpgsqlCommand command, string name, string? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
