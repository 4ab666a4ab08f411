using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Actors.Benchmarks.Latency;

namespace Actors.Benchmarks.Screens;

/// <summary>One kiosk ticket as posted: which branch, the ticket id the API answered (null on failure), when it was sent and answered.</summary>
internal sealed record PostedTicket(string BranchId, string? TicketId, long SentAt, long AnsweredAt, int Status);

/// <summary>What an open-loop run offered and achieved.</summary>
internal sealed record LoadRun(double OfferedPerSecond, double Seconds, IReadOnlyList<PostedTicket> Tickets, int MaxInFlight, double BehindScheduleMs)
{
    public int Succeeded => Tickets.Count(t => t.TicketId is not null);
    public double SentPerSecond => Tickets.Count / Seconds;
}

/// <summary>
/// Kiosks issuing tickets (<c>POST /api/lobbies/{branch}/tickets</c>, one HTTP request per ticket, as a kiosk does) at
/// a fixed rate, open loop: a request is sent when its time comes whether or not earlier ones were answered, so a slow
/// silo shows as latency, not as a politely lower rate. Requests go round robin over the branches (and over the silos
/// given), so every lobby sees the same rate.
/// </summary>
internal static class KioskLoad
{
    /// <summary>More requests in flight than this and the generator waits (it then reports the rate it really sent).</summary>
    public const int InFlightCap = 1024;

    public static async Task<LoadRun> RunAsync(IReadOnlyList<HttpClient> silos, IReadOnlyList<string> branches, double perSecond, TimeSpan duration)
    {
        var tickets = new ConcurrentQueue<PostedTicket>();
        var inFlight = new SemaphoreSlim(InFlightCap);
        var pending = new List<Task>();
        var maxInFlight = 0;
        var behindMs = 0.0;
        var total = (int)Math.Round(perSecond * duration.TotalSeconds);
        var sw = Stopwatch.StartNew();
        // The run ends on time: requests the generator could not send by then (the cap was reached) are not sent at all.
        for (var k = 0; k < total && sw.Elapsed < duration; k++)
        {
            var due = TimeSpan.FromSeconds(k / perSecond);
            var wait = due - sw.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            await inFlight.WaitAsync();
            behindMs = Math.Max(behindMs, (sw.Elapsed - due).TotalMilliseconds);
            maxInFlight = Math.Max(maxInFlight, InFlightCap - inFlight.CurrentCount);
            var branch = branches[k % branches.Count];
            var http = silos[k % silos.Count];
            pending.Add(Task.Run(async () =>
            {
                try
                {
                    tickets.Enqueue(await IssueAsync(http, branch));
                }
                finally
                {
                    inFlight.Release();
                }
            }));
        }
        var seconds = sw.Elapsed.TotalSeconds;
        await Task.WhenAll(pending);
        return new LoadRun(perSecond, Math.Max(seconds, duration.TotalSeconds), [.. tickets], maxInFlight, behindMs);
    }

    public static async Task<PostedTicket> IssueAsync(HttpClient http, string branchId)
    {
        using var content = new StringContent("""{"service":"cash"}""", Encoding.UTF8, "application/json");
        var sent = Clock.Now;
        try
        {
            using var response = await http.PostAsync($"/api/lobbies/{branchId}/tickets", content);
            var body = await response.Content.ReadAsStringAsync();
            var answered = Clock.Now;
            if ((int)response.StatusCode != 201)
            {
                return new PostedTicket(branchId, null, sent, answered, (int)response.StatusCode);
            }
            using var json = JsonDocument.Parse(body);
            return new PostedTicket(branchId, json.RootElement.GetProperty("ticketId").GetString(), sent, answered, 201);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new PostedTicket(branchId, null, sent, Clock.Now, 0);
        }
    }
}
