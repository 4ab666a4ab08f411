using System.Text;
using static Actors.Benchmarks.Inv;

namespace Actors.Benchmarks.Cluster;

/// <summary>The generated block of the cluster section.</summary>
internal static class ClusterReport
{
    public static string Build(ClusterBenchmark.Result r, string machine, string loadAtStart, TimeSpan elapsed)
    {
        var raw = r.Raw;
        var t = new StringBuilder();
        t.AppendLine(machine);
        t.AppendLine($"- PostgreSQL {r.PostgresVersion}, private server on 127.0.0.1 with its durable defaults (fsync, synchronous_commit and full_page_writes on), data on the same disk as /tmp.");
        t.AppendLine();
        t.AppendLine("| Measurement | Result | Detail |");
        t.AppendLine("|---|---|---|");
        t.AppendLine($"| PostgreSQL raw: upsert of one {RawPostgresBenchmark.PayloadBytes} B row per transaction, 1 connection | **{F(raw.SequentialPerSecond)} commits/s** | mean {F(raw.SequentialMeanMs, 2)} ms per commit |");
        t.AppendLine($"| PostgreSQL raw: same, {RawPostgresBenchmark.ConcurrentWriters} connections at once (group commit) | **{F(raw.ConcurrentPerSecond)} commits/s** | {F(raw.ConcurrentPerSecond / raw.SequentialPerSecond, 1)} × one connection |");
        foreach (var x in new[] { r.One, r.Three })
        {
            var run = x.Run;
            var spread = x.ClientsPerSilo.Count > 0 ? $"; clients' grains per silo: {string.Join(" / ", x.ClientsPerSilo)}" : "";
            t.AppendLine($"| {x.Silos} silo{(x.Silos > 1 ? "s" : "")}: deposits via `POST /api/transactions`, {ClusterBenchmark.Posters} posters × batches of {ClusterBenchmark.BatchSize}, each answered = durable | **{F(run.PerSecond)} tx/s** | {F(run.PerSecond / raw.SequentialPerSecond, 2)} × raw 1-connection, {F(run.PerSecond / raw.ConcurrentPerSecond, 2)} × raw {RawPostgresBenchmark.ConcurrentWriters}-connection; batch p50 {F(run.BatchMs.P50)} ms, p99 {F(run.BatchMs.P99)} ms; {run.FailedAttempts} failed attempts; CPU: silos {F(x.SiloCores, 2)} + PostgreSQL {F(x.PostgresCores, 2)} + load generator {F(x.BenchCores, 2)} = {F(x.SiloCores + x.PostgresCores + x.BenchCores, 2)} of {Environment.ProcessorCount} cores{spread} |");
        }
        t.AppendLine($"| 3 silos ÷ 1 silo | **{F(r.Three.Run.PerSecond / r.One.Run.PerSecond, 2)} ×** | same posters, same batch size, all on the same {Environment.ProcessorCount} cores |");
        var s = r.Screens;
        var ratio = s.Cross.P99 / s.Same.P99;
        t.AppendLine($"| Ticket → screen, screen on the lobby grain's silo | p50 {F(s.Same.P50)} ms, **p99 {F(s.Same.P99)} ms** (max {F(s.Same.Max)} ms) | {s.Same.Count} samples |");
        t.AppendLine($"| Ticket → screen, screen on another silo | p50 {F(s.Cross.P50)} ms, **p99 {F(s.Cross.P99)} ms** (max {F(s.Cross.Max)} ms) | {s.Cross.Count} samples; cross ÷ same p99 = **{F(ratio, 2)} ×** (goal ≤ 2 ×: {(ratio <= 2 ? "met" : "missed")}) |");
        var f = r.Failover;
        t.AppendLine($"| kill -9 of silo3 → declared Dead in the membership table | **{F(f.DeclaredDeadSeconds, 1)} s** | read from OrleansMembershipTable every 100 ms |");
        t.AppendLine($"| kill -9 of silo3 → first successful deposit on a client whose grain lived there | **{F(f.FirstSuccessSeconds, 1)} s** | probe {f.ProbeClient}, one transaction id resent every {F(Failover.ProbeInterval.TotalMilliseconds)} ms to the survivors ({f.ProbeAttempts} attempts); {r.VictimClients} of set B's {ClusterBenchmark.ClientsPerSet:N0} clients lived on silo3 |");
        t.AppendLine($"| Load across the kill (4 posters × 20 deposits, survivors only) | {F(f.Load.PerSecond)} tx/s over {F(f.Load.Seconds, 1)} s | {f.Load.FailedAttempts} failed attempts resent with the same ids ({f.Load.Replayed} items answered as replays); batch p50 {F(f.Load.BatchMs.P50)} ms, max {F(f.Load.BatchMs.Max)} ms |");
        var a = r.Check;
        t.AppendLine($"| Audit of all {a.Clients:N0} clients after the run | **{a.Lost} lost, {a.Doubled} doubled** | {a.Acknowledged:N0} deposits acknowledged, balances sum to {a.Balance:N0}; {a.Unanswered} never answered (may or may not count); {a.ClientsWrong} clients off |");
        t.AppendLine();
        t.AppendLine($"- Cross-silo screens: {s.Lobbies} lobbies, each watched by one screen on every silo; lobby grains per silo: {string.Join(" / ", s.LobbiesPerSilo)}; kiosk tickets at {F(s.OfferedPerSecond)}/s offered, {F(s.SentPerSecond)}/s sent, posted round robin to the silos; {s.Failed} failed posts; {s.Missing} (ticket, screen) pairs never shown; {s.Resyncs} resyncs.");
        t.AppendLine($"- Silo start to healthy: {string.Join(", ", r.SiloStartSeconds.Select(x => F(x, 1) + " s"))} (silo1 migrates the schema; silo2 and silo3 start together); all three Active {F(r.JoinSeconds, 1)} s after that.");
        t.AppendLine($"- Whole mode: {elapsed:mm\\:ss}. Load average (1/5/15 min) at the start: {loadAtStart}; at the end: {MachineInfo.LoadAverage()}.");
        return t.ToString();
    }
}
