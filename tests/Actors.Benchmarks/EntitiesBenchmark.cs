using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Actors.Contracts.Terminals;
using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Actors.Benchmarks;

/// <summary>
/// §3 and §4: what idle entities cost. 100,000 terminals are registered through the real grain path (each arms its
/// 30-day clock, i.e. writes a clock row woken by one of the 64 clock buckets' reminders). To keep the run short that seeding happens on a tmpfs data directory
/// (no fsync); the resulting database file is then moved to the disk and every measurement runs on it.
/// </summary>
internal static partial class EntitiesBenchmark
{
    public sealed record Idle(string Name, double Seconds, double CpuSeconds, int Refreshes, double MeanRefreshReadMs)
    {
        public double PercentOfOneCore => CpuSeconds / Seconds * 100;
    }

    public sealed record Memory(int Entities, long HeapBefore, long HeapAfter, long WorkingSetBefore, long WorkingSetAfter, double ActivationsPerSecond)
    {
        public double HeapBytesPerEntity => (HeapAfter - HeapBefore) / (double)Entities;
        public double WorkingSetBytesPerEntity => (WorkingSetAfter - WorkingSetBefore) / (double)Entities;
    }

    public sealed record Result(
        int Entities, double SeedRegistrationsPerSecond, long ReminderRows, long ClockRows, long StateRows, long DatabaseBytes, double RestartSeconds,
        Memory First, Memory All,
        Idle Empty, Idle Loaded, Idle ShortRefresh, TimeSpan ShortRefreshPeriod,
        double RangeReadMs, double RangeReadCpuMs, int RangeReadRows);

    public static async Task<Result> RunAsync(int entities, int firstBatch, TimeSpan idleWindow, TimeSpan shortRefreshWindow)
    {
        // 0. Idle silo with no entities at all (fresh store on the disk).
        Idle empty;
        var emptyDir = Paths.NewDataDirectory("idle-empty");
        {
            var counter = new ReminderRefreshLog();
            await using var grid = await InProcessGrid.StartAsync(emptyDir, extraLogger: counter);
            empty = await IdleAsync("0 entities", idleWindow, counter);
        }

        // 1. Seed: register the terminals through the grains on tmpfs, then move the database file to the disk.
        var seedDir = Path.Combine("/dev/shm", Path.GetFileName(Paths.RunRoot) + "-seed");
        var diskDir = Paths.NewDataDirectory("idle-loaded");
        double seedRate;
        try
        {
            Directory.CreateDirectory(seedDir);
            await using (var seed = await InProcessGrid.StartAsync(seedDir))
            {
                await GrainNetwork.RegisterInstitutionsAsync(seed.Grains, (entities + GrainNetwork.TerminalsPerInstitution - 1) / GrainNetwork.TerminalsPerInstitution);
                seedRate = entities / await GrainNetwork.RegisterTerminalsAsync(seed.Grains, "T", 0, entities, 16);
            }
            File.Copy(Path.Combine(seedDir, SqliteStore.DatabaseFileName), Path.Combine(diskDir, SqliteStore.DatabaseFileName));
        }
        finally
        {
            Directory.Delete(seedDir, recursive: true);
        }
        var (reminderRows, clockRows, stateRows) = Counts(diskDir);
        var dbBytes = new FileInfo(Path.Combine(diskDir, SqliteStore.DatabaseFileName)).Length;

        // 2. The silo on the disk copy, default reminder options: activate entities, measure memory, then sit idle.
        Memory first, all;
        Idle loaded;
        double restartSeconds, rangeMs, rangeCpuMs;
        int rangeRows;
        {
            var counter = new ReminderRefreshLog();
            var sw = Stopwatch.StartNew();
            await using var grid = await InProcessGrid.StartAsync(diskDir, extraLogger: counter);
            restartSeconds = sw.Elapsed.TotalSeconds;
            const int warmUp = 200;
            await ActivateAsync(grid.Grains, 0, warmUp); // JIT and pools warm before the baseline
            first = await MeasureActivationAsync(grid.Grains, warmUp, warmUp + firstBatch);
            var rest = await MeasureActivationAsync(grid.Grains, warmUp + firstBatch, entities);
            all = rest with
            {
                Entities = entities - warmUp, HeapBefore = first.HeapBefore, WorkingSetBefore = first.WorkingSetBefore,
                ActivationsPerSecond = (first.Entities + rest.Entities) / (first.Entities / first.ActivationsPerSecond + rest.Entities / rest.ActivationsPerSecond),
            };
            loaded = await IdleAsync($"{entities:N0} entities activated, {clockRows:N0} clock rows, {reminderRows:N0} reminders, default options", idleWindow, counter);

            // One refresh's worth of work: a full-ring read of the reminder table through Orleans' own provider.
            var table = grid.Services.GetRequiredService<IReminderTable>();
            var timings = new List<(double Ms, double CpuMs, int Rows)>();
            for (var i = 0; i < 3; i++)
            {
                var cpu = CpuWindow.Start();
                var data = await table.ReadRows(0u, 0u);
                var (wall, cpuSeconds) = cpu.Stop();
                timings.Add((wall * 1000, cpuSeconds * 1000, data.Reminders.Count));
            }
            var best = timings.OrderBy(t => t.Ms).First();
            (rangeMs, rangeCpuMs, rangeRows) = (timings.Average(t => t.Ms), timings.Average(t => t.CpuMs), best.Rows);
        }

        // 3. Labelled variant: the same store, no activations, reminder table refreshed every few seconds instead of 5 min.
        var period = TimeSpan.FromSeconds(10);
        Idle shortRefresh;
        {
            var counter = new ReminderRefreshLog();
            await using var grid = await InProcessGrid.StartAsync(diskDir, silo => silo.Services.Configure<ReminderOptions>(o => o.RefreshReminderListPeriod = period), counter);
            shortRefresh = await IdleAsync($"{clockRows:N0} clock rows, {reminderRows:N0} reminders, 0 activations, RefreshReminderListPeriod = {period.TotalSeconds:0} s (variant)", shortRefreshWindow, counter);
        }

        return new Result(entities, seedRate, reminderRows, clockRows, stateRows, dbBytes, restartSeconds, first, all, empty, loaded, shortRefresh, period,
            rangeMs, rangeCpuMs, rangeRows);
    }

    private static async Task<Idle> IdleAsync(string name, TimeSpan window, ReminderRefreshLog counter)
    {
        await Task.Delay(TimeSpan.FromSeconds(3)); // let start-up and the previous step's work drain
        FullGc();
        counter.Reset();
        var cpu = CpuWindow.Start();
        await Task.Delay(window);
        var (wall, cpuSeconds) = cpu.Stop();
        var (refreshes, meanMs) = counter.Snapshot();
        return new Idle(name, wall, cpuSeconds, refreshes, meanMs);
    }

    private static async Task<Memory> MeasureActivationAsync(IGrainFactory grains, int from, int to)
    {
        FullGc();
        var heap0 = GC.GetTotalMemory(true);
        var ws0 = WorkingSet();
        var seconds = await ActivateAsync(grains, from, to);
        FullGc();
        var heap1 = GC.GetTotalMemory(true);
        var ws1 = WorkingSet();
        return new Memory(to - from, heap0, heap1, ws0, ws1, (to - from) / seconds);
    }

    /// <summary>Activates registered terminals with a read-only call (the activation loads its state row).</summary>
    internal static Task<double> ActivateAsync(IGrainFactory grains, int from, int to) =>
        Bounded.ForAsync(to - from, 64, async k =>
        {
            var id = GrainNetwork.TerminalId("T", from + k);
            if (await grains.GetGrain<ITerminalGrain>(id).GetSnapshot() is not { NextClockAt: not null })
            {
                throw new InvalidOperationException($"terminal {id} is not registered with a pending clock");
            }
        });

    internal static void FullGc()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static long WorkingSet()
    {
        using var p = Process.GetCurrentProcess();
        return p.WorkingSet64;
    }

    private static (long Reminders, long Clocks, long States) Counts(string dir)
    {
        using var c = GrainThroughputBenchmark.Open(dir);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM OrleansRemindersTable;";
        var reminders = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        cmd.CommandText = "SELECT COUNT(*) FROM OrleansStorage;";
        var states = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        cmd.CommandText = "SELECT COUNT(*) FROM GridClock;";
        var clocks = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        c.Close();
        SqliteStore.ReleasePooledConnections(SqliteStore.BuildConnectionString(dir));
        return (reminders, clocks, states);
    }

    /// <summary>
    /// Counts the reminder service's table refreshes from its own debug log ("Reading rows from {Range}" ...
    /// "For range {Range}, I read in {N} reminders from table"), and times the read between the two.
    /// </summary>
    private sealed partial class ReminderRefreshLog : ILoggerProvider, ILogger
    {
        private readonly Lock _gate = new();
        private long _readStarted;
        private readonly List<double> _reads = [];

        public ILogger CreateLogger(string categoryName) =>
            categoryName.EndsWith("LocalReminderService", StringComparison.Ordinal) ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            lock (_gate)
            {
                if (message.StartsWith("Reading rows from", StringComparison.Ordinal))
                {
                    _readStarted = Stopwatch.GetTimestamp();
                }
                else if (ReadIn().IsMatch(message) && _readStarted != 0)
                {
                    _reads.Add(Stopwatch.GetElapsedTime(_readStarted).TotalMilliseconds);
                    _readStarted = 0;
                }
            }
        }

        public void Reset()
        {
            lock (_gate)
            {
                _reads.Clear();
            }
        }

        public (int Count, double MeanMs) Snapshot()
        {
            lock (_gate)
            {
                return (_reads.Count, _reads.Count == 0 ? 0 : _reads.Average());
            }
        }

        [GeneratedRegex(@"I read in \d+ reminders from table")]
        private static partial Regex ReadIn();
    }
}
