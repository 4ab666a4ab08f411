using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Actors.Cluster.Tests.Support;

/// <summary>One transaction as the upstream system sent it (and will send again, unchanged, until acknowledged).</summary>
public sealed record SentTransaction(string Id, string Type, string EntityField, string EntityId, decimal Amount, DateTimeOffset At);

/// <summary>
/// A bounded load of transactions posted the way the core banking and acquiring systems do (brief §6): batches of a
/// few transactions with unique ids, spread round-robin over the silos' APIs; a batch that was not acknowledged (a
/// refused connection, a timeout, a 5xx) is sent again with the same ids, on the next silo, until it is or the feed
/// gives up. Keeps the sent log and what was acknowledged, to be checked against the entities afterwards.
/// </summary>
public sealed class UpstreamFeed(IReadOnlyList<HttpClient> silos, Func<Random, SentTransaction> next)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, SentTransaction> _sent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _refused = new();
    private int _target;
    private int _batches;
    private int _retries;
    private int _connectionErrors;
    private int _timeouts;
    private int _serverErrors;
    private int _replayed;

    public IReadOnlyCollection<SentTransaction> Sent => [.. _sent.Values];

    public IReadOnlyList<SentTransaction> Acknowledged => [.. _sent.Values.Where(t => _acknowledged.ContainsKey(t.Id))];

    public IReadOnlyList<SentTransaction> Unacknowledged => [.. _sent.Values.Where(t => !_acknowledged.ContainsKey(t.Id))];

    /// <summary>Transactions answered with something other than "Applied" (a rule refused them): the load is built so none are.</summary>
    public IReadOnlyList<string> Refused => [.. _refused];

    public string Summary =>
        $"{_sent.Count} transactions in {_batches} batches; acknowledged {_acknowledged.Count} ({_replayed} of them as replays of an earlier attempt); " +
        $"{_retries} retries after {_connectionErrors} connection errors, {_timeouts} timeouts, {_serverErrors} server errors";

    /// <summary>
    /// Posts for <paramref name="duration"/> from <paramref name="workers"/> concurrent senders, each sending at most one
    /// batch per <paramref name="pace"/>; retries of unacknowledged batches go on at most <paramref name="retryFor"/> longer.
    /// </summary>
    public async Task RunAsync(TimeSpan duration, int workers, TimeSpan pace, TimeSpan retryFor)
    {
        var clock = Stopwatch.StartNew();
        var giveUpAt = duration + retryFor;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                var batch = Enumerable.Range(0, random.Next(1, 5)).Select(_ => next(random)).ToList();
                batch.ForEach(t => _sent[t.Id] = t);
                Interlocked.Increment(ref _batches);
                await SendUntilAcknowledgedAsync(batch, () => clock.Elapsed > giveUpAt);
                var rest = pace - (clock.Elapsed - started);
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest);
                }
            }
        })));
    }

    private async Task SendUntilAcknowledgedAsync(IReadOnlyList<SentTransaction> batch, Func<bool> givenUp)
    {
        var body = new Dictionary<string, object>
        {
            ["transactions"] = batch.Select(t => new Dictionary<string, object>
            {
                ["id"] = t.Id, ["type"] = t.Type, [t.EntityField] = t.EntityId, ["amount"] = t.Amount, ["at"] = t.At,
            }).ToList(),
        };
        for (var attempt = 1; ; attempt++)
        {
            var http = silos[(int)((uint)Interlocked.Increment(ref _target) % silos.Count)];
            try
            {
                using var timeout = new CancellationTokenSource(RequestTimeout);
                using var response = await http.PostAsJsonAsync("api/transactions", body, timeout.Token);
                if ((int)response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref _serverErrors);
                }
                else
                {
                    var answer = await response.Content.ReadAsStringAsync(timeout.Token);
                    Record(batch, response.IsSuccessStatusCode ? JsonNode.Parse(answer)?["results"]?.AsArray() : null, $"{(int)response.StatusCode} {answer}");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _connectionErrors);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _timeouts);
            }
            if (givenUp())
            {
                return;
            }
            Interlocked.Increment(ref _retries);
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(100 * attempt, 1000)));
        }
    }

    private void Record(IReadOnlyList<SentTransaction> batch, JsonArray? results, string answer)
    {
        if (results is null)
        {
            batch.ToList().ForEach(t => _refused.Enqueue($"{t.Id}: {answer}"));
            return;
        }
        foreach (var result in results)
        {
            var id = result!["id"]!.GetValue<string>();
            if (result["status"]!.GetValue<string>() == "Applied")
            {
                _acknowledged[id] = true;
                if (result["replayed"]!.GetValue<bool>())
                {
                    Interlocked.Increment(ref _replayed);
                }
            }
            else
            {
                _refused.Enqueue($"{id}: {result.ToJsonString()}");
            }
        }
    }
}
