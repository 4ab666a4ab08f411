using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Actors.Benchmarks.Latency;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Actors.Api.Json;

namespace Actors.Benchmarks.Screens;

/// <summary>Only what the benchmark reads of a lobby delta or view: the seqs and the ticket ids (the rest of the wire is skipped).</summary>
internal sealed record LobbyWire(long FromSeq, long Seq, List<TicketWire>? Tickets);

internal sealed record TicketWire(string TicketId);

/// <summary>
/// One lobby screen as the browser runs it: a SignalR connection to <c>/hubs/screens</c> that joins one branch, applies
/// deltas whose fromSeq is its seq, and joins again for a whole view on a gap (dashboard-web's rule). Records, per ticket
/// id, the instant the screen first showed it. The same screen can also poll the REST view, for the baseline.
/// </summary>
internal sealed class LobbyScreen : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly HubConnection _connection;
    private long _seq;
    private bool _resyncing;
    private int _resyncs;
    private long _messages;

    private LobbyScreen(string branchId, Uri silo, HubConnection connection)
    {
        BranchId = branchId;
        Silo = silo;
        _connection = connection;
    }

    public string BranchId { get; }

    /// <summary>The silo this screen is connected to.</summary>
    public Uri Silo { get; }

    /// <summary>Ticket id → when this screen first showed it through the hub (a delta, or a view after a gap).</summary>
    public ConcurrentDictionary<string, long> PushSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>Ticket id → when a poll of the REST view first showed it.</summary>
    public ConcurrentDictionary<string, long> PollSeen { get; } = new(StringComparer.Ordinal);

    public int Resyncs => Volatile.Read(ref _resyncs);
    public long Messages => Interlocked.Read(ref _messages);

    public static async Task<LobbyScreen> ConnectAsync(Uri silo, string branchId)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(silo, "hubs/screens"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.Cookies = BenchStaff.Cookies;
            })
            .AddJsonProtocol(o => GridJson.Configure(o.PayloadSerializerOptions))
            .Build();
        var screen = new LobbyScreen(branchId, silo, connection);
        connection.On<LobbyWire>("LobbyDelta", screen.OnDelta);
        await connection.StartAsync();
        await screen.JoinAsync();
        return screen;
    }

    private async Task JoinAsync()
    {
        var view = await _connection.InvokeAsync<LobbyWire>("JoinLobby", BranchId);
        var now = Clock.Now;
        lock (_gate)
        {
            _seq = view.Seq;
            _resyncing = false;
            See(PushSeen, view.Tickets, now);
        }
    }

    private void OnDelta(LobbyWire delta)
    {
        var now = Clock.Now;
        Interlocked.Increment(ref _messages);
        lock (_gate)
        {
            if (_resyncing || delta.Seq <= _seq)
            {
                return;
            }
            if (delta.FromSeq != _seq)
            {
                // A gap: the browser re-reads the whole view; tickets it first shows then count from that moment.
                _resyncing = true;
                Interlocked.Increment(ref _resyncs);
                _ = Task.Run(JoinAsync);
                return;
            }
            _seq = delta.Seq;
            See(PushSeen, delta.Tickets, now);
        }
    }

    /// <summary>Re-reads <c>GET /api/lobbies/{branch}</c> every <paramref name="period"/> after <paramref name="offset"/>, until cancelled.</summary>
    public async Task PollAsync(HttpClient http, TimeSpan offset, TimeSpan period, CancellationToken ct)
    {
        try
        {
            await Task.Delay(offset, ct);
            using var timer = new PeriodicTimer(period);
            do
            {
                using var response = await http.GetAsync($"/api/lobbies/{BranchId}", ct);
                var body = await response.Content.ReadAsStreamAsync(ct);
                using var json = await JsonDocument.ParseAsync(body, cancellationToken: ct);
                var now = Clock.Now;
                foreach (var ticket in json.RootElement.GetProperty("tickets").EnumerateArray())
                {
                    PollSeen.TryAdd(ticket.GetProperty("ticketId").GetString()!, now);
                }
            }
            while (await timer.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static void See(ConcurrentDictionary<string, long> seen, List<TicketWire>? tickets, long now)
    {
        foreach (var t in tickets ?? [])
        {
            seen.TryAdd(t.TicketId, now);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
