using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Actors.Benchmarks.Latency;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// Every deposit the load generator got acknowledged, per client: each is 1.00 CNY, so a client's deposit balance must
/// equal its count exactly. Fewer is a lost transaction, more a doubled one.
/// </summary>
internal sealed class DepositLedger
{
    public ConcurrentDictionary<string, int> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Deposits whose batch was never answered before the deadline: each may or may not have been applied.</summary>
    public ConcurrentDictionary<string, int> Unanswered { get; } = new(StringComparer.Ordinal);

    public void Acknowledge(IEnumerable<string> clientIds) => Count(Acknowledged, clientIds);

    public void GiveUp(IEnumerable<string> clientIds) => Count(Unanswered, clientIds);

    private static void Count(ConcurrentDictionary<string, int> counts, IEnumerable<string> clientIds)
    {
        foreach (var id in clientIds)
        {
            counts.AddOrUpdate(id, 1, (_, n) => n + 1);
        }
    }
}

/// <summary>One poster's run: batches answered, items applied (and of those, answered as replays of an earlier attempt), attempts that failed.</summary>
internal sealed record DepositRun(long Applied, long Replayed, long Batches, long FailedAttempts, string? FirstFailure, double Seconds, Percentiles BatchMs)
{
    public double PerSecond => Applied / Seconds;
}

/// <summary>
/// Upstream posting deposits (<c>POST /api/transactions</c>, batches of 1.00 CNY deposits), closed loop: each poster
/// sends its next batch when the last one is answered. A batch that fails is sent again with the same transaction ids,
/// to the poster's next silo (as an upstream behind a balancer retries), until it is answered or the deadline passes;
/// the ids make the retry safe, and the ledger checks that it was.
/// </summary>
internal static class DepositLoad
{
    public static async Task<DepositRun> RunAsync(IReadOnlyList<HttpClient> silos, IReadOnlyList<string> clients, int posters, int batchSize,
        DepositLedger ledger, CancellationToken stop, TimeSpan retryDeadline)
    {
        long applied = 0, replayed = 0, batches = 0, failed = 0;
        string? firstFailure = null;
        var batchMs = new ConcurrentBag<double>();
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, posters).Select(p => Task.Run(async () =>
        {
            var next = p * batchSize;
            var silo = p;
            while (!stop.IsCancellationRequested)
            {
                var items = Enumerable.Range(0, batchSize).Select(k => (Id: Guid.NewGuid().ToString("N"), Client: clients[(next + k) % clients.Count])).ToList();
                next += batchSize * posters;
                var body = Body(items);
                var started = Clock.Now;
                var answered = false;
                while (!answered && Clock.Ms(started, Clock.Now) < retryDeadline.TotalMilliseconds)
                {
                    var http = silos[silo % silos.Count];
                    var (ok, replays, failure) = await PostAsync(http, body, batchSize);
                    if (ok)
                    {
                        answered = true;
                        ledger.Acknowledge(items.Select(i => i.Client));
                        Interlocked.Add(ref applied, batchSize);
                        Interlocked.Add(ref replayed, replays);
                        Interlocked.Increment(ref batches);
                        batchMs.Add(Clock.Ms(started, Clock.Now));
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                        Interlocked.CompareExchange(ref firstFailure, failure, null);
                        silo++;
                        await Task.Delay(100);
                    }
                }
                if (!answered)
                {
                    ledger.GiveUp(items.Select(i => i.Client));
                }
            }
        })));
        return new DepositRun(applied, replayed, batches, failed, firstFailure, sw.Elapsed.TotalSeconds, Percentiles.Of(batchMs));
    }

    public static string Body(IReadOnlyList<(string Id, string Client)> items)
    {
        var at = GridHttp.RecentAt();
        var sb = new StringBuilder(items.Count * 120 + 32).Append("""{"transactions":[""");
        for (var k = 0; k < items.Count; k++)
        {
            sb.Append(k > 0 ? "," : "").Append("{\"id\":\"").Append(items[k].Id).Append("\",\"type\":\"deposit\",\"clientId\":\"")
              .Append(items[k].Client).Append("\",\"amount\":1.00,\"at\":\"").Append(at).Append("\"}");
        }
        return sb.Append("]}").ToString();
    }

    /// <summary>(every item applied, how many of them as replays, why not).</summary>
    public static async Task<(bool Ok, int Replays, string? Failure)> PostAsync(HttpClient http, string body, int expected)
    {
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/api/transactions", content);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (false, 0, $"HTTP {(int)response.StatusCode} from {http.BaseAddress}");
            }
            using var json = JsonDocument.Parse(text);
            var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
            var applied = results.Count(r => r.GetProperty("status").GetString() == "Applied");
            if (applied != expected)
            {
                throw new InvalidOperationException($"only {applied} of {expected} deposits applied: {text[..Math.Min(400, text.Length)]}");
            }
            return (true, results.Count(r => r.GetProperty("replayed").GetBoolean()), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (false, 0, $"{e.GetType().Name} from {http.BaseAddress}");
        }
    }
}
