using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
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
        var siloDll = Path.Combine(Paths.RepoRoot, "silo", "Actors.Silo", "bin", "Release", "net10.0", "Actors.Silo.dll");
        if (!File.Exists(siloDll))
        {
            throw new FileNotFoundException($"Build the silo in Release first (dotnet build -c Release silo/Actors.Silo): {siloDll} is missing.");
        }
        var dir = Paths.NewDataDirectory("http");
        var ports = FreePorts.Take(3);
        var baseUri = new Uri($"http://127.0.0.1:{ports[0]}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(siloDll)!,
        };
        foreach (var arg in new[]
                 {
                     siloDll, $"--Grid:DataDirectory={dir}", "--Grid:SeedDemo=false", $"--Grid:SiloPort={ports[1]}",
                     $"--Grid:GatewayPort={ports[2]}", $"--Urls={baseUri.ToString().TrimEnd('/')}", "--Logging:LogLevel:Default=Warning",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        var log = new StringBuilder();
        var started = Stopwatch.StartNew();
        using var silo = Process.Start(start) ?? throw new InvalidOperationException("could not start the silo");
        silo.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        silo.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        silo.BeginOutputReadLine();
        silo.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, UseProxy = false })
            {
                BaseAddress = baseUri,
                Timeout = TimeSpan.FromMinutes(5),
            };
            await WaitHealthyAsync(http, silo, log);
            var startSeconds = started.Elapsed.TotalSeconds;

            // Reference data: institutions of 100 terminals each, one maintainer.
            var institutions = (terminals + 99) / 100;
            for (var i = 0; i < institutions; i++)
            {
                await PostAsync(http, "/api/institutions", $$"""{"id":"HO-{{i}}","name":"Head office {{i}}","kind":"headOffice"}""");
            }
            await PostAsync(http, "/api/managers", """{"id":"MGR-1","institutionId":"HO-0","name":"Wang Fang"}""");
            await Bounded.ForAsync(terminals, 8, i => PostAsync(http, "/api/terminals",
                $$"""{"id":"{{TerminalId(i)}}","institutionId":"HO-{{i / 100}}","merchantName":"Merchant {{i}}","maintainerId":"MGR-1","signedUpAt":"{{DateTimeOffset.UtcNow.AddDays(-1):O}}"}"""));

            // Warm-up, then one measured run per batch size.
            await PostersAsync(http, silo, terminals, posters, batchSizes[0], TimeSpan.FromSeconds(Math.Min(2, duration.TotalSeconds / 2)));
            var runs = new List<Run>();
            foreach (var size in batchSizes)
            {
                var rawNearby = await RawSqliteBenchmark.ProbeAsync(probe);
                runs.Add(await PostersAsync(http, silo, terminals, posters, size, duration) with { RawNearby = rawNearby });
            }
            return new Result(terminals, startSeconds, runs);
        }
        catch
        {
            lock (log)
            {
                Console.Error.WriteLine("silo output:\n" + log);
            }
            throw;
        }
        finally
        {
            await StopAsync(silo);
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
        const string marker = "\"status\":\"applied\"";
        var count = 0;
        for (var i = json.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = json.IndexOf(marker, i + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static async Task PostAsync(HttpClient http, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(path, content);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process silo, StringBuilder log)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (silo.HasExited)
            {
                throw new InvalidOperationException($"the silo exited with code {silo.ExitCode}");
            }
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the silo did not become healthy within 90 s");
    }

    /// <summary>SIGTERM (graceful: the silo stops and checkpoints its store), then SIGKILL after 30 s.</summary>
    private static async Task StopAsync(Process silo)
    {
        if (silo.HasExited)
        {
            return;
        }
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", silo.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            await kill!.WaitForExitAsync();
        }
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await silo.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            silo.Kill();
            await silo.WaitForExitAsync();
        }
    }
}
