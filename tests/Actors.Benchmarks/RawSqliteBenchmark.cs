using System.Diagnostics;
using System.Globalization;
using Actors.Storage;
using Microsoft.Data.Sqlite;

namespace Actors.Benchmarks;

/// <summary>
/// §1: what the disk and SQLite can commit, in the store's own configuration: a database made by
/// <see cref="SqliteSchema.MigrateAsync"/> (so WAL) through <see cref="SqliteStore.BuildConnectionString"/> (so the
/// same pooling, cache mode, busy timeout and, since the store sets no synchronous pragma, the same synchronous level).
/// </summary>
internal static class RawSqliteBenchmark
{
    public const int PayloadBytes = 1024;
    private const int KeySpace = 10_000;

    public sealed record Result(
        string JournalMode, long Synchronous, string SqliteVersion,
        double SequentialCommitsPerSecond, double SequentialMeanMs,
        double StoreQueryCommitsPerSecond,
        int ConcurrentWriters, double ConcurrentCommitsPerSecond, double ConcurrentP99Ms, double ConcurrentMaxMs, long BusyRetriesSeen,
        int AsyncWriters, double AsyncCommitsPerSecond, double AsyncP99Ms, double AsyncMaxMs, long AsyncSlowCommits,
        int GroupSize, double GroupRowsPerSecond, double NormalSyncCommitsPerSecond);

    public static async Task<Result> RunAsync(TimeSpan duration)
    {
        var dir = Paths.NewDataDirectory("raw-sqlite");
        var cs = SqliteStore.BuildConnectionString(dir);
        await SqliteSchema.MigrateAsync(cs);

        string journal;
        long synchronous;
        string version;
        await using (var c = new SqliteConnection(cs))
        {
            await c.OpenAsync();
            journal = Convert.ToString(Scalar(c, "PRAGMA journal_mode;"), CultureInfo.InvariantCulture)!;
            synchronous = Convert.ToInt64(Scalar(c, "PRAGMA synchronous;"), CultureInfo.InvariantCulture);
            version = Convert.ToString(Scalar(c, "SELECT sqlite_version();"), CultureInfo.InvariantCulture)!;
            Exec(c, "CREATE TABLE BenchRow (Id INTEGER PRIMARY KEY, Payload BLOB NOT NULL, Version INTEGER NOT NULL) STRICT;");
        }

        var payload = new byte[PayloadBytes];
        Random.Shared.NextBytes(payload);

        // (a) One connection, one prepared upsert, autocommit: one 1 KB row per transaction, back to back.
        double seqRate, seqMeanMs;
        await using (var c = new SqliteConnection(cs))
        {
            await c.OpenAsync();
            await using var cmd = Upsert(c, payload);
            var key = 0;
            var n = 0;
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed < duration)
            {
                cmd.Parameters["$id"].Value = key++ % KeySpace;
                cmd.ExecuteNonQuery();
                n++;
            }
            seqRate = n / sw.Elapsed.TotalSeconds;
            seqMeanMs = sw.Elapsed.TotalMilliseconds / n;
        }

        // (b) The store's own grain-state write (WriteToStorageKey from OrleansQuery), the way the Orleans provider
        // issues it: a pooled connection opened per write, a new command, the upsert with its ETag check. Sequential.
        var storeRate = await StoreQuerySequentialAsync(cs, payload, duration);

        // (c) Several writers at once, each on its own pooled connection, as concurrent grain writes are.
        const int writers = 8;
        var (concRate, p99, max, busy) = await ConcurrentAsync(cs, payload, writers, duration);

        // (d) What a silo does under load: many async writers on the thread pool, each write opening a pooled connection
        // and running the store's upsert (no Orleans involved).
        const int asyncWriters = 64;
        var (asyncRate, asyncP99, asyncMax, asyncSlow) = await StoreQueryConcurrentAsync(cs, payload, asyncWriters, duration);

        // (e) Group commit: the same 1 KB upserts, 100 per transaction (one WAL sync per 100 rows).
        const int group = 100;
        var groupRate = Grouped(cs, payload, group, duration);

        // (f) The same sequential upsert with synchronous=NORMAL (WAL is synced at checkpoints, not at each commit: durable
        // across a process crash, not across a power loss). Diagnostic only: the store does not do this.
        var normalRate = Sequential(cs, payload, duration, "PRAGMA synchronous=NORMAL;");

        return new Result(journal, synchronous, version, seqRate, seqMeanMs, storeRate, writers, concRate, p99, max, busy,
            asyncWriters, asyncRate, asyncP99, asyncMax, asyncSlow, group, groupRate, normalRate);
    }

    private static string? _probe;

    /// <summary>
    /// The reference measurement (a) again, briefly, on a database of its own: taken right before each throughput run
    /// so that its ratio compares two figures from the same minute (the disk's fsync latency drifts with other load).
    /// </summary>
    public static async Task<double> ProbeAsync(TimeSpan duration)
    {
        if (_probe is null)
        {
            var dir = Paths.NewDataDirectory("raw-probe");
            var cs = SqliteStore.BuildConnectionString(dir);
            await SqliteSchema.MigrateAsync(cs);
            await using var c = new SqliteConnection(cs);
            await c.OpenAsync();
            Exec(c, "CREATE TABLE BenchRow (Id INTEGER PRIMARY KEY, Payload BLOB NOT NULL, Version INTEGER NOT NULL) STRICT;");
            _probe = cs;
        }
        var payload = new byte[PayloadBytes];
        Random.Shared.NextBytes(payload);
        return Sequential(_probe, payload, duration, "SELECT 1;");
    }

    private static double Sequential(string cs, byte[] payload, TimeSpan duration, string pragma)
    {
        using var c = new SqliteConnection(cs);
        c.Open();
        Exec(c, pragma);
        using var cmd = Upsert(c, payload);
        var n = 0;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < duration)
        {
            cmd.Parameters["$id"].Value = n++ % KeySpace;
            cmd.ExecuteNonQuery();
        }
        var rate = n / sw.Elapsed.TotalSeconds;
        c.Close();
        SqliteConnection.ClearPool(c); // do not hand the NORMAL connection back to the pool
        return rate;
    }

    private static double Grouped(string cs, byte[] payload, int group, TimeSpan duration)
    {
        using var c = new SqliteConnection(cs);
        c.Open();
        using var cmd = Upsert(c, payload);
        var n = 0;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < duration)
        {
            using var tx = c.BeginTransaction();
            cmd.Transaction = tx;
            for (var i = 0; i < group; i++)
            {
                cmd.Parameters["$id"].Value = n++ % KeySpace;
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return n / sw.Elapsed.TotalSeconds;
    }

    private static async Task<(double Rate, double P99Ms, double MaxMs, long Slow)> StoreQueryConcurrentAsync(string cs, byte[] payload, int writers, TimeSpan duration)
    {
        string sql;
        await using (var c = new SqliteConnection(cs))
        {
            await c.OpenAsync();
            sql = Convert.ToString(Scalar(c, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey';"), CultureInfo.InvariantCulture)!;
        }
        var latencies = new List<double>();
        var total = 0L;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async w =>
        {
            await Task.Yield();
            int? version = null;
            var key = 1_000_000 + w; // one row per writer, as one grain writes its own row
            while (sw.Elapsed < duration)
            {
                var t0 = Stopwatch.GetTimestamp();
                await using var c = new SqliteConnection(cs);
                await c.OpenAsync();
                await using var cmd = c.CreateCommand();
                cmd.CommandText = sql;
                cmd.Parameters.AddWithValue("@GrainIdHash", key);
                cmd.Parameters.AddWithValue("@GrainIdN0", (long)key);
                cmd.Parameters.AddWithValue("@GrainIdN1", 0L);
                cmd.Parameters.AddWithValue("@GrainTypeHash", 43);
                cmd.Parameters.AddWithValue("@GrainTypeString", "bench.async");
                cmd.Parameters.AddWithValue("@GrainIdExtensionString", DBNull.Value);
                cmd.Parameters.AddWithValue("@ServiceId", "raw");
                cmd.Parameters.AddWithValue("@GrainStateVersion", version is { } known ? known : DBNull.Value);
                cmd.Parameters.AddWithValue("@PayloadBinary", payload);
                var result = await cmd.ExecuteScalarAsync();
                version = result is null ? throw new InvalidOperationException("ETag conflict in the raw benchmark") : Convert.ToInt32(result, CultureInfo.InvariantCulture);
                var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                }
                Interlocked.Increment(ref total);
            }
        }));
        var elapsed = sw.Elapsed.TotalSeconds;
        var all = latencies.Order().ToArray();
        return (total / elapsed, all[(int)(all.Length * 0.99)], all[^1], all.LongCount(ms => ms >= 150));
    }

    private static async Task<double> StoreQuerySequentialAsync(string cs, byte[] payload, TimeSpan duration)
    {
        string sql;
        await using (var c = new SqliteConnection(cs))
        {
            await c.OpenAsync();
            sql = Convert.ToString(Scalar(c, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey';"), CultureInfo.InvariantCulture)!;
        }
        var versions = new Dictionary<int, int?>();
        var n = 0;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < duration)
        {
            var key = n % KeySpace;
            await using var c = new SqliteConnection(cs);
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.Parameters.AddWithValue("@GrainIdHash", key);
            cmd.Parameters.AddWithValue("@GrainIdN0", (long)key);
            cmd.Parameters.AddWithValue("@GrainIdN1", 0L);
            cmd.Parameters.AddWithValue("@GrainTypeHash", 42);
            cmd.Parameters.AddWithValue("@GrainTypeString", "bench.raw");
            cmd.Parameters.AddWithValue("@GrainIdExtensionString", DBNull.Value);
            cmd.Parameters.AddWithValue("@ServiceId", "raw");
            cmd.Parameters.AddWithValue("@GrainStateVersion", versions.TryGetValue(key, out var v) && v is { } known ? known : DBNull.Value);
            cmd.Parameters.AddWithValue("@PayloadBinary", payload);
            var result = await cmd.ExecuteScalarAsync();
            versions[key] = result is null ? throw new InvalidOperationException("ETag conflict in the raw benchmark") : Convert.ToInt32(result, CultureInfo.InvariantCulture);
            n++;
        }
        return n / sw.Elapsed.TotalSeconds;
    }

    private static async Task<(double Rate, double P99Ms, double MaxMs, long Busy)> ConcurrentAsync(string cs, byte[] payload, int writers, TimeSpan duration)
    {
        var latencies = new List<double>[writers];
        var total = 0L;
        var sw = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(() =>
        {
            var mine = latencies[w] = new List<double>(4096);
            using var c = new SqliteConnection(cs);
            c.Open();
            using var cmd = Upsert(c, payload);
            var key = w;
            while (sw.Elapsed < duration)
            {
                var t0 = Stopwatch.GetTimestamp();
                cmd.Parameters["$id"].Value = key % KeySpace;
                cmd.ExecuteNonQuery();
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                key += writers;
                Interlocked.Increment(ref total);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = sw.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        // Microsoft.Data.Sqlite answers SQLITE_BUSY by sleeping 150 ms and retrying; a commit that took >= 150 ms
        // almost certainly went through at least one such sleep.
        var busy = all.LongCount(ms => ms >= 150);
        return (total / elapsed, all[(int)(all.Length * 0.99)], all[^1], busy);
    }

    private static SqliteCommand Upsert(SqliteConnection c, byte[] payload)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO BenchRow (Id, Payload, Version) VALUES ($id, $payload, 1) " +
                          "ON CONFLICT (Id) DO UPDATE SET Payload = excluded.Payload, Version = BenchRow.Version + 1;";
        cmd.Parameters.Add("$id", SqliteType.Integer);
        cmd.Parameters.AddWithValue("$payload", payload);
        cmd.Prepare();
        return cmd;
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
