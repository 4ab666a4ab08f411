using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// PostgreSQL's own single-row commit rate on this machine, the reference for the cluster's transactions per second:
/// an upsert of one 1 KB row per transaction (autocommit, prepared), from one connection and from
/// <see cref="ConcurrentWriters"/> connections at once (where PostgreSQL's group commit shares one WAL flush among
/// several commits).
/// </summary>
internal static class RawPostgresBenchmark
{
    public const int PayloadBytes = 1024;
    public const int ConcurrentWriters = 16;
    private const int KeySpace = 100_000;

    public sealed record Result(double SequentialPerSecond, double SequentialMeanMs, double ConcurrentPerSecond);

    public static async Task<Result> RunAsync(string connectionString, TimeSpan duration)
    {
        await using (var c = new NpgsqlConnection(connectionString))
        {
            await c.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE bench_row (id integer PRIMARY KEY, payload bytea NOT NULL, version bigint NOT NULL);", c);
            await create.ExecuteNonQueryAsync();
        }
        var payload = new byte[PayloadBytes];
        Random.Shared.NextBytes(payload);

        var (sequential, seconds) = await WriterAsync(connectionString, payload, 0, duration);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, ConcurrentWriters).Select(w => WriterAsync(connectionString, payload, w, duration)));
        return new Result(sequential / seconds, seconds * 1000 / sequential, concurrent.Sum(r => r.Commits / r.Seconds));
    }

    private static async Task<(long Commits, double Seconds)> WriterAsync(string connectionString, byte[] payload, int writer, TimeSpan duration)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var upsert = new NpgsqlCommand(
            "INSERT INTO bench_row (id, payload, version) VALUES ($1, $2, 1) ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload, version = bench_row.version + 1;", c);
        upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer });
        upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = payload });
        await upsert.PrepareAsync();
        // Each writer upserts its own rows: commits queue on the WAL flush, never on one another's row locks.
        var key = writer * 5000;
        var commits = 0L;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < duration)
        {
            upsert.Parameters[0].Value = key++ % KeySpace;
            await upsert.ExecuteNonQueryAsync();
            commits++;
        }
        return (commits, sw.Elapsed.TotalSeconds);
    }
}
