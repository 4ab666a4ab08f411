using System.Diagnostics;
using System.Globalization;
using Actors.Benchmarks.Cluster;
using Actors.Benchmarks.Screens;

namespace Actors.Benchmarks.Latency;

/// <summary>
/// The live-screens (<c>screens</c>) and cluster (<c>cluster</c>) modes: each one run of a few minutes that writes its
/// own block of docs/benchmarks.md. <c>screens-quick</c> and <c>cluster-quick</c> are short smoke runs that only print.
/// </summary>
internal static class LatencyModes
{
    public static readonly string[] Names = ["screens", "screens-quick", "cluster", "cluster-quick"];

    public static async Task<int> RunAsync(string mode)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var quick = mode.EndsWith("-quick", StringComparison.Ordinal);
        var command = $"dotnet run -c Release --project tests/Actors.Benchmarks -- {mode}";
        var total = Stopwatch.StartNew();
        var loadAtStart = MachineInfo.LoadAverage();
        void Step(string text) => Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {text}");
        // The hub's client and this many sockets and timers need threads from the start, not after the pool's slow ramp-up.
        ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8), 64);
        try
        {
            Step($"{mode}: data under {Paths.RunRoot}; silo {SiloChild.Dll}");
            string body;
            string heading;
            if (mode.StartsWith("screens", StringComparison.Ordinal))
            {
                var phase = TimeSpan.FromSeconds(quick ? 5 : 20);
                var warmUp = TimeSpan.FromSeconds(quick ? 2 : 5);
                var embedded = await ScreensBenchmark.EmbeddedAsync([100, 1000], phase, warmUp, Step);
                var postgres = await ScreensBenchmark.PostgresAsync([100, 1000], phase, warmUp, Step);
                body = ScreensReport.Build([embedded, postgres], DocsSection.Machine(command), loadAtStart, total.Elapsed);
                heading = "## Live screens: transaction → screen latency (issue 4)";
            }
            else
            {
                var result = await ClusterBenchmark.RunAsync(quick, Step);
                body = ClusterReport.Build(result, DocsSection.Machine(command), loadAtStart, total.Elapsed);
                heading = "## Cluster on PostgreSQL: throughput, cross-silo screens, failover (issue 5)";
            }
            Console.WriteLine();
            Console.WriteLine(body);
            if (!quick)
            {
                Step($"wrote {DocsSection.Write(mode, heading, body)}");
            }
            Step("done");
            return 0;
        }
        finally
        {
            Paths.DeleteRunRoot();
        }
    }
}
