using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Actors.Benchmarks.Latency;
using static Actors.Benchmarks.Inv;

namespace Actors.Benchmarks;

/// <summary>
/// §2b: durable transactions per second through the HTTP API of the real silo program, started as a child process
/// (<c>dotnet silo/Actors.Silo/bin/Release/net10.0/Actors.Silo.dll</c>) on Kestrel at 127.0.0.1, on a fresh data directory.
/// </summary>
internal static class HttpBenchmark
{
    public sealed record Run(int BatchSize, int Posters, long Applied, long Batches, long FailedBatches, string? FirstFailure, double Seconds,
        double SiloCpuSeconds, double ClientCpuSeconds, double MeanBatchMs, double MaxBatchMs)
    {
        /// <summary>The raw sequential commit rate measured just before this run.</summary>
        public double RawNearby { get; init; }

        public double PerSecond => Applied / Seconds;
        public double SiloCores => SiloCpuSeconds / Seconds;
    }

    public sealed record Result(int Terminals, double StartSeconds, IReadOnlyList<Run> Runs);

    public static async Task<Result> RunAsync(int terminals, int posters, IReadOnlyList<int> batchSizes, TimeSpan duration, TimeSpan probe)
    {
        await using var silo = new SiloChild("silo", new Dictionary<string, string>
        {
            ["Grid:DataDirectory"] = Paths.NewDataDirectory("http"),
            ["Grid:SeedDemo"] = "false",
        });
        try
        {
            var startSeconds = await silo.StartAsync(TimeSpan.FromSeconds(90));
            await BenchStaff.SignInAsync(silo);
            using var http = GridHttp.Client(silo.BaseAddress, connections: 64);
            http.Timeout = TimeSpan.FromMinutes(5);

            // Reference data: institutions of 100 terminals each, one maintainer.
            var institutions = (terminals + 99) / 100;
            for (var i = 0; i < institutions; i++)
            {
                await GridHttp.PostAsync(http, "/api/institutions", $$"""{"id":"HO-{{i}}","name":"Branch {{i}}","kind":"branch","parentId":"HO"}""");
            }
            await GridHttp.PostAsync(http, "/api/managers", """{"id":"MGR-1","institutionId":"HO-0","name":"Wang Fang"}""");
            await Bounded.ForAsync(terminals, 8, i => GridHttp.PostAsync(http, "/api/terminals",
                $$"""{"id":"{{TerminalId(i)}}","institutionId":"HO-{{i / 100}}","merchantName":"Merchant {{i}}","maintainerId":"MGR-1","signedUpAt":"{{DateTimeOffset.UtcNow.AddDays(-1):O}}"}"""));

            // Warm-up, then one measured run per batch size.
            await PostersAsync(http, silo.Process!, terminals, posters, batchSizes[0], TimeSpan.FromSeconds(Math.Min(2, duration.TotalSeconds / 2)));
            var runs = new List<Run>();
            foreach (var size in batchSizes)
            {
                var rawNearby = await RawSqliteBenchmark.ProbeAsync(probe);
                runs.Add(await PostersAsync(http, silo.Process!, terminals, posters, size, duration) with { RawNearby = rawNearby });
            }
            return new Result(terminals, startSeconds, runs);
        }
        catch
        {
            Console.Error.WriteLine("silo output:\n" + silo.Output);
            throw;
        }
    }

    private static string TerminalId(int i) => "POS-" + i.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="posters"/> clients, each posting batches back to back until <paramref name="duration"/> has passed
    /// (the batch in flight then is finished and counted). Poster p's batches walk the terminals from p * batchSize on,
    /// so one batch never names a terminal twice.
    /// </summary>
    private static async Task<Run> PostersAsync(HttpClient http, Process silo, int terminals, int posters, int batchSize, TimeSpan duration)
    {
        var applied = 0L;
        var batches = 0L;
        var failed = 0L;
        string? firstFailure = null;
        var batchMs = new List<double>();
        var siloCpu = CpuWindow.Start(silo);
        var clientCpu = CpuWindow.Start();
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, posters).Select(async p =>
        {
            var next = p * batchSize;
            while (sw.Elapsed < duration)
            {
                var body = Batch(next, batchSize, terminals);
                next += batchSize * posters;
                var t0 = Stopwatch.GetTimestamp();
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync("/api/transactions", content);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    // Not retried, and its items are not counted (some of them may have been applied: a retry with the
                    // same ids would be answered from the receipts).
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, $"HTTP {(int)response.StatusCode} after {F(Stopwatch.GetElapsedTime(t0).TotalSeconds, 1)} s", null);
                    continue;
                }
                var ok = CountApplied(text);
                if (ok != batchSize)
                {
                    throw new InvalidOperationException($"only {ok} of {batchSize} applied: {text[..Math.Min(500, text.Length)]}");
                }
                lock (batchMs)
                {
                    batchMs.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
                Interlocked.Add(ref applied, ok);
                Interlocked.Increment(ref batches);
            }
        }));
        var (wall, silocpu) = siloCpu.Stop();
        var (_, clientcpu) = clientCpu.Stop();
        return new Run(batchSize, posters, applied, batches, failed, firstFailure, wall, silocpu, clientcpu,
            batchMs.Count > 0 ? batchMs.Average() : double.NaN, batchMs.Count > 0 ? batchMs.Max() : double.NaN);
    }

    private static string Batch(int first, int size, int terminals)
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(8)).ToString("O", CultureInfo.InvariantCulture);
        var sb = new StringBuilder(size * 120 + 32);
        sb.Append("""{"transactions":[""");
        for (var k = 0; k < size; k++)
        {
            if (k > 0)
            {
                sb.Append(',');
            }
            sb.Append("{\"id\":\"").Append(Guid.NewGuid().ToString("N")).Append("\",\"type\":\"posSale\",\"terminalId\":\"")
              .Append(TerminalId((first + k) % terminals)).Append("\",\"amount\":12.34,\"at\":\"").Append(at).Append("\"}");
        }
        return sb.Append("]}").ToString();
    }

    private static int CountApplied(string json)
    {
        const string marker = "\"status\":\"Applied\"";
        var count = 0;
        for (var i = json.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = json.IndexOf(marker, i + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
