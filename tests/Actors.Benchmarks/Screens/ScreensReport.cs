using System.Text;
using static Actors.Benchmarks.Inv;

namespace Actors.Benchmarks.Screens;

/// <summary>The generated block of the live-screens section: one row per store and rate, then what the run did.</summary>
internal static class ScreensReport
{
    public const double GoalP99Ms = 250;

    public static string Build(IReadOnlyList<ScreensBenchmark.Result> results, string machine, string loadAtStart, TimeSpan elapsed)
    {
        var t = new StringBuilder();
        t.AppendLine(machine);
        t.AppendLine();
        t.AppendLine("| store | offered | sent | POST answered p50 / p99 | **push: POST → screen p50 / p99** (max) | poll every 5 s: POST → screen p50 / p99 | p99 poll ÷ p99 push | POST answered → screen p50 / p99 | samples (missing push / poll) | silo CPU | bench CPU | load avg after |");
        t.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            foreach (var p in r.Phases)
            {
                t.AppendLine($"| {r.Store} | {F(p.OfferedPerSecond)} tx/s | {F(p.SentPerSecond)} tx/s{(p.Failed > 0 ? $", **{p.Failed} failed**" : "")} | {Ms(p.Answer.P50)} / {Ms(p.Answer.P99)} | **{Ms(p.Push.P50)} / {Ms(p.Push.P99)}** ({Ms(p.Push.Max)}) | {Ms(p.Poll.P50)} / {Ms(p.Poll.P99)} | {F(p.Poll.P99 / p.Push.P99, 1)}× | {Ms(p.AnsweredToPush.P50)} / {Ms(p.AnsweredToPush.P99)} | {p.Push.Count} ({p.PushMissing} / {p.PollMissing}) | {F(p.SiloCores, 2)} cores | {F(p.BenchCores, 2)} cores | {p.LoadAverage} |");
            }
        }
        t.AppendLine();
        foreach (var r in results)
        {
            var top = r.Phases[^1];
            var verdict = top.Push.P99 < GoalP99Ms && top.Poll.P99 / top.Push.P99 >= 10
                ? $"met: p99 {Ms(top.Push.P99)} < {F(GoalP99Ms)} ms and {F(top.Poll.P99 / top.Push.P99, 1)}× sooner than polling"
                : $"**missed**: p99 {Ms(top.Push.P99)} (goal < {F(GoalP99Ms)} ms), {F(top.Poll.P99 / top.Push.P99, 1)}× sooner than polling (goal ≥ 10×); the silo was sent {F(top.SentPerSecond)} of the {F(top.OfferedPerSecond)} tx/s offered";
            t.AppendLine($"- Goal at {F(top.OfferedPerSecond)} tx/s, {r.Store}: {verdict}.");
        }
        foreach (var r in results)
        {
            foreach (var p in r.Phases)
            {
                t.AppendLine($"- {r.Store}, {F(p.OfferedPerSecond)} tx/s: {p.Posted} tickets posted, {p.Watched} on watched branches; {p.DeltaMessages} LobbyDelta messages reached the {ScreensBenchmark.Screens} screens; requests in flight peaked at {p.MaxInFlight} (cap {KioskLoad.InFlightCap}); the generator ran at most {Ms(p.BehindScheduleMs)} behind its schedule.");
            }
            t.AppendLine($"- {r.Store}: silo start to healthy {F(r.SiloStartSeconds, 1)} s; setup (branches, screens, warm-up) {F(r.SetupSeconds, 1)} s; screens that met a gap and re-read the whole view: {r.Resyncs}.");
        }
        t.AppendLine($"- Whole mode: {elapsed:mm\\:ss}. Load average (1/5/15 min) at the start: {loadAtStart}; at the end: {MachineInfo.LoadAverage()}.");
        return t.ToString();
    }

    private static string Ms(double value) => double.IsNaN(value) ? "–" : value >= 100 ? $"{F(value)} ms" : $"{F(value, 1)} ms";
}
