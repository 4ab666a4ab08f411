using Npgsql;

namespace Actors.Storage;

/// <summary>
/// How the cluster store (one PostgreSQL database shared by every silo) is reached.
/// </summary>
public static class PostgresStore
{
    /// <summary>
    /// The ADO.NET invariant to give Orleans' AdoNet providers for PostgreSQL.
    /// </summary>
    /// <remarks>
    /// Each Orleans AdoNet provider maps this invariant to <c>Npgsql.NpgsqlFactory</c>, loaded by assembly name
    /// at start; the host must therefore deploy Npgsql, which this assembly guarantees by referencing it.
    /// </remarks>
    public const string OrleansInvariant = "Npgsql";

    /// <summary>
    /// The connection string the providers use: <paramref name="connectionString"/> with the session time
    /// zone pinned to UTC.
    /// </summary>
    /// <remarks>
    /// Orleans binds its instants (membership heartbeats, reminder start times) as <c>DbType.DateTime</c>.
    /// Should a driver send such a value as a zone-less timestamp, PostgreSQL would read it in the session's
    /// time zone before storing it in a <c>timestamptz</c> column; a UTC session makes that reading exact
    /// whatever the server's own <c>TimeZone</c> setting is.
    /// </remarks>
    /// <exception cref="ArgumentException">The text is not a valid Npgsql connection string.</exception>
    public static string Normalize(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timezone = "UTC" };
        return builder.ConnectionString;
    }

    /// <summary>Where a connection string points, for messages and logs: host, port, database and user, never the password.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{builder.Host}:{builder.Port}/{builder.Database} as {builder.Username}";
        }
        catch (ArgumentException)
        {
            return "(an invalid connection string)";
        }
    }
}
