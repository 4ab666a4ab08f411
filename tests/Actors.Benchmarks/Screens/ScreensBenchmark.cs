using System.Globalization;
using Actors.Benchmarks.Cluster;
using Actors.Benchmarks.Latency;

namespace Actors.Benchmarks.Screens;

/// <summary>
/// Issue 4: transaction → screen latency. One silo (the built program on 127.0.0.1, on either store) with
/// <see cref="Branches"/> branches; <see cref="Screens"/> lobby screens (SignalR clients in this process), one per
/// branch for the first <see cref="Screens"/> branches; kiosk tickets posted open loop at each rate, round robin over
/// every branch. For each ticket of a watched branch: POST sent → the screen's first delta holding its id (push), and
/// POST sent → the first answer of a 5-second poll of <c>GET /api/lobbies/{branch}</c> holding it (the baseline).
/// </summary>
internal static class ScreensBenchmark
{
    public const int Branches = 500;
    public const int Screens = 50;
    public static readonly TimeSpan PollPeriod = TimeSpan.FromSeconds(5);

    public sealed record Phase(
        double OfferedPerSecond, double SentPerSecond, int Posted, int Failed, int MaxInFlight, double BehindScheduleMs,
        Percentiles Answer, Percentiles Push, Percentiles AnsweredToPush, Percentiles Poll, int Watched, int PushMissing, int PollMissing,
        long DeltaMessages, double SiloCores, double BenchCores, string LoadAverage);

    public sealed record Result(string Store, double SiloStartSeconds, double SetupSeconds, IReadOnlyList<Phase> Phases, int Resyncs);

    /// <summary>The default setting: one process on the embedded store (SQLite on the disk, every commit fsynced).</summary>
    public static Task<Result> EmbeddedAsync(IReadOnlyList<double> rates, TimeSpan phase, TimeSpan warmUp, Action<string> step) =>
        RunAsync("embedded (SQLite)", new Dictionary<string, string>
        {
            ["Grid:DataDirectory"] = Paths.NewDataDirectory("screens"),
        }, rates, phase, warmUp, step);

    /// <summary>
    /// The same single silo in cluster mode on a private PostgreSQL (durable defaults): the same grains, API and screens
    /// on a store whose commits many writers share, so the screens are measured where SQLite's single writer is not the limit.
    /// </summary>
    public static async Task<Result> PostgresAsync(IReadOnlyList<double> rates, TimeSpan phase, TimeSpan warmUp, Action<string> step)
    {
        step("starting a private PostgreSQL (durable defaults)");
        await using var pg = await PostgresServer.StartAsync(durable: true);
        return await RunAsync($"cluster mode, 1 silo, PostgreSQL {pg.Version.Split(' ')[0]}", ClusterBenchmark.SiloSettings(await pg.CreateDatabaseAsync("branchgrid"), "screens-" + Guid.NewGuid().ToString("N")[..8]),
            rates, phase, warmUp, step);
    }

    private static async Task<Result> RunAsync(string store, Dictionary<string, string> settings, IReadOnlyList<double> rates, TimeSpan phase, TimeSpan warmUp,
        Action<string> step)
    {
        settings["Grid:SeedDemo"] = "false";
        await using var silo = new SiloChild("silo", settings);
        var startSeconds = await silo.StartAsync(TimeSpan.FromSeconds(120));
        await BenchStaff.SignInAsync(silo);
        using var http = GridHttp.Client(silo.BaseAddress);
        var setup = System.Diagnostics.Stopwatch.StartNew();

        step($"registering {Branches} branches");
        var branches = Enumerable.Range(0, Branches).Select(i => "BR-" + i.ToString("D3", CultureInfo.InvariantCulture)).ToList();
        await Bounded.ForAsync(branches.Count, 16, i => GridHttp.RegisterBranchAsync(http, branches[i], "HO"));

        step($"connecting {Screens} lobby screens");
        var screens = new List<LobbyScreen>();
        foreach (var branch in branches.Take(Screens))
        {
            screens.Add(await LobbyScreen.ConnectAsync(silo.BaseAddress, branch));
        }
        using var stopPolling = new CancellationTokenSource();
        var polls = screens.Select((s, i) => s.PollAsync(http, PollPeriod * i / screens.Count, PollPeriod, stopPolling.Token)).ToList();
        var byBranch = screens.ToDictionary(s => s.BranchId, StringComparer.Ordinal);

        try
        {
            step($"warm-up: {F(rates[0])} tickets/s for {warmUp.TotalSeconds} s (activates every lobby; not measured)");
            await KioskLoad.RunAsync([http], branches, rates[0], warmUp);
            var setupSeconds = setup.Elapsed.TotalSeconds;

            var phases = new List<Phase>();
            foreach (var rate in rates)
            {
                step($"{F(rate)} tickets/s for {phase.TotalSeconds} s");
                var messagesBefore = screens.Sum(s => s.Messages);
                var siloCpu = CpuWindow.Start(silo.Process);
                var benchCpu = CpuWindow.Start();
                var run = await KioskLoad.RunAsync([http], branches, rate, phase);
                var (wall, siloSeconds) = siloCpu.Stop();
                var (_, benchSeconds) = benchCpu.Stop();
                var load = MachineInfo.LoadAverage();
                // Every watched ticket is shown by a poll at most one period after it was committed; wait for that.
                await Task.Delay(PollPeriod + TimeSpan.FromSeconds(1.5));
                phases.Add(Measure(run, byBranch, screens.Sum(s => s.Messages) - messagesBefore, siloSeconds / wall, benchSeconds / wall, load));
            }
            return new Result(store, startSeconds, setupSeconds, phases, screens.Sum(s => s.Resyncs));
        }
        finally
        {
            await stopPolling.CancelAsync();
            await Task.WhenAll(polls);
            foreach (var s in screens)
            {
                await s.DisposeAsync();
            }
        }
    }

    private static Phase Measure(LoadRun run, Dictionary<string, LobbyScreen> screens, long messages, double siloCores, double benchCores, string load)
    {
        var ok = run.Tickets.Where(t => t.TicketId is not null).ToList();
        var watched = ok.Where(t => screens.ContainsKey(t.BranchId)).ToList();
        var push = new List<double>();
        var afterAnswer = new List<double>();
        var poll = new List<double>();
        foreach (var t in watched)
        {
            var screen = screens[t.BranchId];
            if (screen.PushSeen.TryGetValue(t.TicketId!, out var shown))
            {
                push.Add(Clock.Ms(t.SentAt, shown));
                // The screen pipeline alone (stream, relay batch, SignalR) once the store has committed: the delta may
                // even arrive before the HTTP answer, which then counts as 0.
                afterAnswer.Add(Math.Max(0, Clock.Ms(t.AnsweredAt, shown)));
            }
            if (screen.PollSeen.TryGetValue(t.TicketId!, out var polled))
            {
                poll.Add(Clock.Ms(t.SentAt, polled));
            }
        }
        return new Phase(run.OfferedPerSecond, run.SentPerSecond, run.Tickets.Count, run.Tickets.Count - ok.Count, run.MaxInFlight, run.BehindScheduleMs,
            Percentiles.Of(ok.Select(t => Clock.Ms(t.SentAt, t.AnsweredAt))), Percentiles.Of(push), Percentiles.Of(afterAnswer), Percentiles.Of(poll),
            watched.Count, watched.Count - push.Count, watched.Count - poll.Count, messages, siloCores, benchCores, load);
    }

    private static string F(double value) => Inv.F(value);
}
