using System.Diagnostics;
using System.Globalization;
using Actors.Storage;
using Microsoft.Data.Sqlite;

namespace Actors.Benchmarks;

/// <summary>§2a: durable POS sales per second through grain calls (ApplySale awaited = its state row committed).</summary>
internal static class GrainThroughputBenchmark
{
    public sealed record Run(string Name, int Concurrency, long Transactions, double Seconds, double CpuSeconds, double P50Ms, double P99Ms, double MaxMs, double SlowShare)
    {
        /// <summary>The raw sequential commit rate measured just before this run (0 when not measured).</summary>
        public double RawNearby { get; init; }

        public double PerSecond => Transactions / Seconds;
        /// <summary>Process CPU (all cores) per second of wall time, in cores.</summary>
        public double Cores => CpuSeconds / Seconds;
        public double CpuMicrosecondsPerTx => CpuSeconds * 1e6 / Transactions;
    }

    public sealed record Result(
        int Terminals, double RegistrationsPerSecond,
        IReadOnlyList<Run> Runs, IReadOnlyList<Run> MemoryRuns, int MaxThreadPoolThreads, long LongTurns, long ThreadPoolStalls,
        double MeanTerminalStateBytes, long ReminderRows, long ReminderWritesDuringSales,
        int HotSales, double HotFirstPerSecond, double HotLastPerSecond, long HotStateBytes);

    public static async Task<Result> RunAsync(int terminals, IReadOnlyList<int> concurrencies, TimeSpan duration, int hotSales, bool memoryStoreVariant, TimeSpan probe)
    {
        var dir = Paths.NewDataDirectory("grains");
        double registrationsPerSecond;
        var runs = new List<Run>();
        var concurrency = concurrencies.Max();
        int maxThreads;
        long longTurns, stalls;
        long hotStateBytes, reminderWrites;
        double hotFirst = 0, hotLast;
        await using (var grid = await InProcessGrid.StartAsync(dir))
        {
            var grains = grid.Grains;
            await GrainNetwork.RegisterInstitutionsAsync(grains, (terminals + GrainNetwork.TerminalsPerInstitution - 1) / GrainNetwork.TerminalsPerInstitution + 1);
            var regSeconds = await GrainNetwork.RegisterTerminalsAsync(grains, "T", 0, terminals, 8);
            registrationsPerSecond = terminals / regSeconds;

            // Warm up (JIT, stream pub/sub rendezvous per institution, pooled connections).
            await MeasureAsync(grains, "warm-up", terminals, concurrency, TimeSpan.FromSeconds(Math.Min(2, duration.TotalSeconds / 2)));
            var remindersBefore = ReminderVersionSum(dir);
            var (turns0, stalls0) = (grid.Warnings.LongTurns, grid.Warnings.ThreadPoolStalls);
            using (var threads = ThreadSampler.Start())
            {
                foreach (var c in concurrencies)
                {
                    var rawNearby = await RawSqliteBenchmark.ProbeAsync(probe);
                    runs.Add(await MeasureAsync(grains, c == 1 ? "sequential" : "concurrent", terminals, c, c == 1 ? duration / 2 : duration) with { RawNearby = rawNearby });
                }
                maxThreads = threads.Max;
            }
            (longTurns, stalls) = (grid.Warnings.LongTurns - turns0, grid.Warnings.ThreadPoolStalls - stalls0);
            reminderWrites = ReminderVersionSum(dir) - remindersBefore;

            // One busy terminal: its receipts are rows of their own, so its state row stays the same size sale after sale.
            var hot = "HOT-" + Guid.NewGuid().ToString("N")[..6];
            await grains.GetGrain<Contracts.Terminals.ITerminalGrain>(hot).Register(new(GrainNetwork.InstitutionId(0), "Hot merchant", null, "M-1", GrainNetwork.SignedUpAt));
            var first = Math.Min(100, hotSales / 2);
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < hotSales; i++)
            {
                if (i == first)
                {
                    hotFirst = first / sw.Elapsed.TotalSeconds;
                    sw.Restart();
                }
                if (i == hotSales - first)
                {
                    sw.Restart();
                }
                await GrainNetwork.ApplySaleAsync(grains, hot);
            }
            hotLast = first / sw.Elapsed.TotalSeconds;
            hotStateBytes = MaxStateBytes(dir, "Hot merchant");
        }

        var (meanState, reminderRows) = StoreStats(dir);

        var memory = new List<Run>();
        if (memoryStoreVariant)
        {
            // Diagnostic ceiling, NOT durable: the same silo and calls with grain state in memory instead of SQLite.
            var memDir = Paths.NewDataDirectory("grains-memory");
            await using var grid = await InProcessGrid.StartAsync(memDir, memoryStore: true);
            await GrainNetwork.RegisterInstitutionsAsync(grid.Grains, (terminals + GrainNetwork.TerminalsPerInstitution - 1) / GrainNetwork.TerminalsPerInstitution + 1);
            await GrainNetwork.RegisterTerminalsAsync(grid.Grains, "T", 0, terminals, 8);
            await MeasureAsync(grid.Grains, "warm-up", terminals, concurrency, TimeSpan.FromSeconds(Math.Min(2, duration.TotalSeconds / 2)));
            foreach (var c in concurrencies)
            {
                memory.Add(await MeasureAsync(grid.Grains, "memory store (not durable)", terminals, c, duration / 2));
            }
        }

        return new Result(terminals, registrationsPerSecond, runs, memory, maxThreads, longTurns, stalls, meanState, reminderRows, reminderWrites,
            hotSales, hotFirst, hotLast, hotStateBytes);
    }

    /// <summary>
    /// <paramref name="concurrency"/> callers, each awaiting one ApplySale at a time; caller w only uses terminals
    /// w, w + concurrency, ... so no two calls queue on the same grain.
    /// </summary>
    public static async Task<Run> MeasureAsync(IGrainFactory grains, string name, int terminals, int concurrency, TimeSpan duration)
    {
        concurrency = Math.Min(concurrency, terminals);
        var count = 0L;
        var latencies = new List<double>[concurrency];
        var cpu = CpuWindow.Start();
        var sw = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var t = w;
            var mine = latencies[w] = [];
            while (sw.Elapsed < duration)
            {
                var t0 = Stopwatch.GetTimestamp();
                await GrainNetwork.ApplySaleAsync(grains, GrainNetwork.TerminalId("T", t));
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                Interlocked.Increment(ref count);
                t += concurrency;
                if (t >= terminals)
                {
                    t = w;
                }
            }
        });
        await Task.WhenAll(workers);
        var (wall, cpuSeconds) = cpu.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Run(name, concurrency, count, wall, cpuSeconds, all[all.Length / 2], all[(int)(all.Length * 0.99)], all[^1],
            all.Count(ms => ms >= 150) / (double)all.Length);
    }

    private static long ReminderVersionSum(string dir)
    {
        using var c = Open(dir);
        using var cmd = c.CreateCommand();
        // Each upsert of an existing reminder bumps Version, each new row starts at 0 and adds a row: rows + versions = writes.
        cmd.CommandText = "SELECT COUNT(*) + IFNULL(SUM(Version), 0) FROM OrleansRemindersTable;";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static (double MeanTerminalStateBytes, long ReminderRows) StoreStats(string dir)
    {
        using var c = Open(dir);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT AVG(LENGTH(PayloadBinary)) FROM OrleansStorage WHERE CAST(PayloadBinary AS TEXT) LIKE '%MerchantName%' AND CAST(PayloadBinary AS TEXT) NOT LIKE '%Hot merchant%';";
        var mean = Convert.ToDouble(cmd.ExecuteScalar() ?? 0.0, CultureInfo.InvariantCulture);
        cmd.CommandText = "SELECT COUNT(*) FROM OrleansRemindersTable;";
        var rows = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        return (mean, rows);
    }

    /// <summary>The largest state row that mentions <paramref name="text"/> (grain ids are hashed in the table, so match the payload).</summary>
    private static long MaxStateBytes(string dir, string text)
    {
        using var c = Open(dir);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT MAX(LENGTH(PayloadBinary)) FROM OrleansStorage WHERE CAST(PayloadBinary AS TEXT) LIKE $like;";
        cmd.Parameters.AddWithValue("$like", "%" + text + "%");
        return Convert.ToInt64(cmd.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    internal static SqliteConnection Open(string dir)
    {
        var c = new SqliteConnection(SqliteStore.BuildConnectionString(dir));
        c.Open();
        return c;
    }

    /// <summary>Samples the thread pool's thread count every 100 ms (the pool grows when its threads block).</summary>
    private sealed class ThreadSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        private ThreadSampler() => _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                Max = Math.Max(Max, ThreadPool.ThreadCount);
                try
                {
                    await Task.Delay(100, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });

        public int Max { get; private set; }

        public static ThreadSampler Start() => new();

        public void Dispose()
        {
            _stop.Cancel();
            _loop.Wait();
            _stop.Dispose();
        }
    }
}
