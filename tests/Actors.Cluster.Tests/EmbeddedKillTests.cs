using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Actors.Cluster.Tests.Support;
using Xunit.Abstractions;

namespace Actors.Cluster.Tests;

/// <summary>
/// The embedded store's group commit under <c>kill -9</c>: a sale is acknowledged only once the commit that carries it is
/// durable, so a silo killed with writes queued and not yet committed loses those (never acknowledged) and nothing else.
/// </summary>
public sealed class EmbeddedKillTests(ITestOutputHelper log)
{
    private const int Terminals = 8;
    private const int Posters = 16;

    [Fact]
    public async Task A_silo_killed_with_writes_waiting_for_their_commit_keeps_every_acknowledged_sale_once_after_restart()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("branchgrid-kill-").FullName;
        try
        {
            await using var silo = SiloProcess.Embedded("E", dataDirectory, StaffSignIn.SeedingSilo());
            await silo.StartAsync();
            var cookies = new CookieContainer();
            using var http = StaffSignIn.Client(silo.BaseAddress, cookies);
            await StaffSignIn.SignInAsync(silo, http);
            var terminals = await RegisterTerminals(http);

            // Posters sell as fast as the silo answers; the silo dies under them, with sales in flight.
            var acknowledged = new ConcurrentDictionary<string, string>();
            var inFlight = 0;
            var enough = new TaskCompletionSource();
            var posters = Enumerable.Range(0, Posters).Select(p => Task.Run(async () =>
            {
                using var poster = StaffSignIn.Client(silo.BaseAddress, cookies);
                for (var n = 0; ; n++)
                {
                    var (id, terminal) = ($"k9-{p}-{n}", terminals[(p + n) % Terminals]);
                    Interlocked.Increment(ref inFlight);
                    try
                    {
                        var results = await Post(poster, [(id, terminal)]);
                        if (results[0]!["status"]!.GetValue<string>() == "Applied")
                        {
                            acknowledged[id] = terminal;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        return; // the silo is gone: this sale was never acknowledged
                    }
                    finally
                    {
                        Interlocked.Decrement(ref inFlight);
                    }
                    if (acknowledged.Count >= 400)
                    {
                        enough.TrySetResult();
                    }
                }
            })).ToList();
            await enough.Task.WaitAsync(TimeSpan.FromSeconds(120));
            var inFlightAtKill = Volatile.Read(ref inFlight);
            silo.Kill();
            await Task.WhenAll(posters);
            var acked = acknowledged.ToDictionary();
            log.WriteLine($"{acked.Count} sales acknowledged, {inFlightAtKill} in flight when the silo was killed");
            Assert.True(inFlightAtKill > 0, "the silo should die with sales waiting for their commit");

            await silo.StartAsync();

            // Every acknowledged sale is there: its replay answers its first outcome and applies nothing.
            var countsBefore = await SalesCounts(http, terminals);
            foreach (var chunk in acked.Chunk(100))
            {
                var replays = await Post(http, chunk.Select(a => (a.Key, a.Value)).ToList());
                Assert.All(replays, r => Assert.Equal(("Applied", true), (r!["status"]!.GetValue<string>(), r["replayed"]!.GetValue<bool>())));
            }
            // ...and once: at least the acknowledged sales of each terminal, no more than were sent, unchanged by the replays.
            Assert.Equal(countsBefore, await SalesCounts(http, terminals));
            foreach (var terminal in terminals)
            {
                Assert.InRange(countsBefore[terminal], acked.Count(a => a.Value == terminal), acked.Count(a => a.Value == terminal) + inFlightAtKill);
            }
            silo.Kill();
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task<List<string>> RegisterTerminals(HttpClient http)
    {
        await Created(http, "api/institutions", new { id = "BR-K9", name = "Kill Branch", kind = "Branch", parentId = BankNetwork.HeadOfficeId });
        await Created(http, "api/managers", new { id = "M-K9", institutionId = "BR-K9", name = "Kill Manager", roles = new[] { "ClientManager" } });
        var terminals = Enumerable.Range(0, Terminals).Select(i => $"T-K9-{i}").ToList();
        foreach (var terminal in terminals)
        {
            await Created(http, "api/terminals", new { id = terminal, institutionId = "BR-K9", merchantName = "Night Market", maintainerId = "M-K9" });
        }
        return terminals;
    }

    private static async Task<JsonArray> Post(HttpClient http, IReadOnlyList<(string Id, string Terminal)> sales)
    {
        var body = new { transactions = sales.Select(s => new { id = s.Id, type = "posSale", terminalId = s.Terminal, amount = 1.00m, at = DateTimeOffset.UtcNow }) };
        using var response = await http.PostAsJsonAsync("api/transactions", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["results"]!.AsArray();
    }

    private static async Task<Dictionary<string, int>> SalesCounts(HttpClient http, List<string> terminals)
    {
        var counts = new Dictionary<string, int>();
        foreach (var terminal in terminals)
        {
            counts[terminal] = (await http.GetFromJsonAsync<JsonObject>($"api/terminals/{terminal}"))!["salesCount"]!.GetValue<int>();
        }
        return counts;
    }

    private static async Task Created(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
