using System.Diagnostics;
using System.Globalization;
using System.Text;
using Actors.Benchmarks.Latency;
using Actors.Storage;
using Npgsql;
using NpgsqlTypes;
using static Actors.Benchmarks.Inv;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// The <c>postgres-writes</c> mode (issue 13): grain-state writes per second on PostgreSQL, the way Orleans' ADO.NET
/// provider writes them (its own <c>WriteToStorageKey</c> statement from the schema's query table, one autocommit
/// statement on a pooled connection per write) against the grid's <see cref="PostgresGridStore"/> (the silo's writes
/// queued and flushed together, one transaction per flush), at 1, 8, 64 and 256 callers, each caller awaiting its
/// write before the next, on its own grains. <c>postgres-writes-quick</c> runs 1 s per point and only prints.
/// </summary>
internal static class PostgresWritesBenchmark
{
    public static readonly string[] Names = ["postgres-writes", "postgres-writes-quick"];

    private const int PayloadBytes = 1024;
    private static readonly int[] Callers = [1, 8, 64, 256];

    private sealed record Point(string Path, int Callers, long Writes, double Seconds, double P99Ms)
    {
        public double PerSecond => Writes / Seconds;
    }

    public static async Task<int> RunAsync(string mode)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var quick = mode.EndsWith("-quick", StringComparison.Ordinal);
        var duration = TimeSpan.FromSeconds(quick ? 1 : 5);
        var command = $"dotnet run -c Release --project tests/Actors.Benchmarks -- {mode}";
        var total = Stopwatch.StartNew();
        var loadAtStart = MachineInfo.LoadAverage();
        void Step(string text) => Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {text}");

        await using var pg = await PostgresServer.StartAsync(durable: true);
        var cs = await pg.CreateDatabaseAsync("branchgrid");
        await PostgresSchema.MigrateAsync(cs);
        Step($"PostgreSQL {pg.Version} on 127.0.0.1:{pg.Port}, schema applied");
        var payload = new byte[PayloadBytes];
        Random.Shared.NextBytes(payload);

        var points = new List<Point>();
        var provider = await ProviderStatementAsync(cs);
        await using (var source = NpgsqlDataSource.Create(cs))
        {
            foreach (var callers in Callers)
            {
                points.Add(await MeasureAsync("ADO.NET provider statement", callers, duration, (grain, version) => ProviderWriteAsync(source, provider, grain, version, payload)));
                Step($"provider, {callers} callers: {F(points[^1].PerSecond)} writes/s");
            }
        }
        await using (var store = new PostgresGridStore(cs, "bench-grid"))
        {
            foreach (var callers in Callers)
            {
                points.Add(await MeasureAsync("grid store (flushed in groups)", callers, duration, async (grain, version) =>
                    (await store.WriteAsync([new StateRow(Key(grain), payload, version)])).Version ?? throw new InvalidOperationException($"conflict on {grain}")));
                Step($"grid store, {callers} callers: {F(points[^1].PerSecond)} writes/s");
            }
        }

        var body = Report(points, DocsSection.Machine(command), loadAtStart, total.Elapsed);
        Console.WriteLine();
        Console.WriteLine(body);
        if (!quick)
        {
            Step($"wrote {DocsSection.Write(mode, "## PostgreSQL: the grid store against the ADO.NET provider (issue 13)", body)}");
        }
        return 0;
    }

    private static string Report(List<Point> points, string machine, string loadAtStart, TimeSpan elapsed)
    {
        var t = new StringBuilder();
        t.AppendLine(machine);
        t.AppendLine();
        t.AppendLine($"| Callers | ADO.NET provider statement (one commit per write) | Grid store (one commit per flush) | Grid store ÷ provider |");
        t.AppendLine("|---|---|---|---|");
        foreach (var callers in Callers)
        {
            var provider = points.Single(p => p.Callers == callers && p.Path.StartsWith("ADO", StringComparison.Ordinal));
            var grid = points.Single(p => p.Callers == callers && p.Path.StartsWith("grid", StringComparison.Ordinal));
            t.AppendLine($"| {callers} | {F(provider.PerSecond)} writes/s, p99 {F(provider.P99Ms, 1)} ms | {F(grid.PerSecond)} writes/s, p99 {F(grid.P99Ms, 1)} ms | **{F(grid.PerSecond / provider.PerSecond, 2)} ×** |");
        }
        t.AppendLine();
        t.AppendLine($"- A write is one grain's {PayloadBytes} B state with its version check, each caller on grains of its own, awaiting each write (= committed) before the next.");
        t.AppendLine($"- Total run time: {elapsed:mm\\:ss}. Load average (1/5/15 min) at start: {loadAtStart}; at the end: {MachineInfo.LoadAverage()}.");
        return t.ToString();
    }

    /// <summary><paramref name="callers"/> callers, each writing its own 16 grains in turn; answers writes and latency.</summary>
    private static async Task<Point> MeasureAsync(string path, int callers, TimeSpan duration, Func<string, int?, Task<int>> write)
    {
        var prefix = $"{path[..3]}-{callers}-";
        var count = 0L;
        var latencies = new List<double>[callers];
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async c =>
        {
            var versions = new int?[16];
            var mine = latencies[c] = [];
            for (var n = 0; sw.Elapsed < duration; n++)
            {
                var slot = n % versions.Length;
                var t0 = Stopwatch.GetTimestamp();
                versions[slot] = await write($"{prefix}{c}-{slot}", versions[slot]);
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                Interlocked.Increment(ref count);
            }
        }));
        var seconds = sw.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Point(path, callers, count, seconds, all.Length == 0 ? double.NaN : all[(int)(all.Length * 0.99)]);
    }

    private static StateKey Key(string grain) => new(grain.GetHashCode(StringComparison.Ordinal), 0, 0, 17, "bench", grain);

    private static async Task<string> ProviderStatementAsync(string cs)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey';", connection);
        return (string)(await read.ExecuteScalarAsync())!;
    }

    /// <summary>What the ADO.NET provider does for one WriteStateAsync: open a pooled connection, run its statement, answer the new version.</summary>
    private static async Task<int> ProviderWriteAsync(NpgsqlDataSource source, string statement, string grain, int? version, byte[] payload)
    {
        var key = Key(grain);
        await using var connection = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(statement, connection);
        command.Parameters.AddWithValue("GrainIdHash", key.GrainIdHash);
        command.Parameters.AddWithValue("GrainIdN0", key.N0);
        command.Parameters.AddWithValue("GrainIdN1", key.N1);
        command.Parameters.AddWithValue("GrainTypeHash", key.GrainTypeHash);
        command.Parameters.AddWithValue("GrainTypeString", key.GrainType);
        command.Parameters.AddWithValue("GrainIdExtensionString", (object?)key.KeyExtension ?? DBNull.Value);
        command.Parameters.AddWithValue("ServiceId", "bench-provider");
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)version ?? DBNull.Value });
        command.Parameters.AddWithValue("PayloadBinary", payload);
        return Convert.ToInt32(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"conflict on {grain}"), CultureInfo.InvariantCulture);
    }
}
