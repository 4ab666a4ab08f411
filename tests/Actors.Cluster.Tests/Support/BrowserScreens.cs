using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Actors.Contracts.Screens;
using Actors.Screens;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Actors.Api.Json;

namespace Actors.Cluster.Tests.Support;

/// <summary>
/// A browser's side of one silo's screens hub over a real WebSocket, keeping each joined screen the way dashboard-web
/// does: a delta whose fromSeq is the screen's seq is applied, one it already has is ignored, anything else (a gap, a
/// re-activated grain numbering afresh) makes it join again for a whole view. Records every delta as it arrived.
/// </summary>
public sealed class BrowserScreens : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, IFollower> _screens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Arrival> _arrivals = new();
    private int _rejoins;

    private BrowserScreens(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }

    /// <summary>Every delta as it came off the wire, with the local time it arrived.</summary>
    public IReadOnlyList<Arrival> Arrivals => [.. _arrivals];

    /// <summary>How often a screen joined again for a whole view after a delta it could not apply.</summary>
    public int Rejoins => _rejoins;

    /// <summary>Connects as the signed-in user whose cookies these are.</summary>
    public static async Task<BrowserScreens> ConnectAsync(Uri silo, System.Net.CookieContainer cookies)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(silo, ScreenHubProtocol.Path.TrimStart('/')), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.Cookies = cookies;
            })
            .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)])
            .AddJsonProtocol(o => GridJson.Configure(o.PayloadSerializerOptions))
            .Build();
        var browser = new BrowserScreens(connection);
        connection.On<JsonElement>(ScreenHubProtocol.LobbyDelta, d => browser.OnDelta(ScreenHubProtocol.LobbyDelta, d.GetProperty("branchId").GetString()!, d));
        connection.On<JsonElement>(ScreenHubProtocol.BoardDelta, d => browser.OnDelta(ScreenHubProtocol.BoardDelta, d.GetProperty("roomId").GetString()!, d));
        // A new connection is in no group: every screen joins again, as the page does after a reconnect.
        connection.Reconnected += _ =>
        {
            foreach (var screen in browser._screens.Values)
            {
                screen.RejoinSoon();
            }
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        return browser;
    }

    public async Task<BoardView> WatchBoard(string roomId)
    {
        var follower = new Follower<BoardView, BoardDelta>(
            () => Connection.InvokeAsync<BoardView>(ScreenHubProtocol.JoinBoard, roomId),
            v => v.Seq, d => (d.FromSeq, d.Seq), ApplyBoard, () => Interlocked.Increment(ref _rejoins));
        _screens[ScreenHubProtocol.BoardDelta + roomId] = follower;
        return await follower.StartAsync();
    }

    public async Task<LobbyView> WatchLobby(string branchId)
    {
        var follower = new Follower<LobbyView, LobbyDelta>(
            () => Connection.InvokeAsync<LobbyView>(ScreenHubProtocol.JoinLobby, branchId),
            v => v.Seq, d => (d.FromSeq, d.Seq), ApplyLobby, () => Interlocked.Increment(ref _rejoins));
        _screens[ScreenHubProtocol.LobbyDelta + branchId] = follower;
        return await follower.StartAsync();
    }

    /// <summary>What the board screen shows now.</summary>
    public BoardView Board(string roomId) => ((Follower<BoardView, BoardDelta>)_screens[ScreenHubProtocol.BoardDelta + roomId]).View;

    /// <summary>What the lobby screen shows now.</summary>
    public LobbyView Lobby(string branchId) => ((Follower<LobbyView, LobbyDelta>)_screens[ScreenHubProtocol.LobbyDelta + branchId]).View;

    public ValueTask DisposeAsync()
    {
        foreach (var screen in _screens.Values)
        {
            screen.Stop();
        }
        return Connection.DisposeAsync();
    }

    private void OnDelta(string kind, string id, JsonElement delta)
    {
        _arrivals.Enqueue(new Arrival(DateTime.UtcNow, kind, id, delta));
        if (_screens.TryGetValue(kind + id, out var screen))
        {
            screen.Post(delta);
        }
    }

    private static BoardView ApplyBoard(BoardView view, BoardDelta d) => view with
    {
        Seq = d.Seq,
        At = d.At,
        Stages = d.Stages ?? view.Stages,
        PromisesDueNextHour = d.PromisesDueNextHour ?? view.PromisesDueNextHour,
        BrokenPromisesToday = d.BrokenPromisesToday ?? view.BrokenPromisesToday,
        CollectedToday = d.CollectedToday ?? view.CollectedToday,
        Collectors = d.Collectors ?? view.Collectors,
        CollectedWithoutCollector = d.CollectedWithoutCollector ?? view.CollectedWithoutCollector,
        PromisesDecidedToday = d.PromisesDecidedToday ?? view.PromisesDecidedToday,
    };

    private static LobbyView ApplyLobby(LobbyView view, LobbyDelta d) => view with
    {
        Seq = d.Seq,
        At = d.At,
        Tickets = Upsert(view.Tickets.Where(t => !d.RemovedTickets.Contains(t.TicketId)), d.Tickets, t => t.TicketId),
        Desks = d.Desks ?? view.Desks,
        Complaints = Upsert(view.Complaints, d.Complaints, c => c.ComplaintId),
        Stats = d.Stats ?? view.Stats,
    };

    private static List<T> Upsert<T>(IEnumerable<T> held, IReadOnlyList<T> changed, Func<T, string> id)
    {
        var list = held.ToList();
        foreach (var item in changed)
        {
            var at = list.FindIndex(h => id(h) == id(item));
            if (at >= 0)
            {
                list[at] = item;
            }
            else
            {
                list.Add(item);
            }
        }
        return list;
    }

    public sealed record Arrival(DateTime At, string Kind, string Id, JsonElement Delta);

    private interface IFollower
    {
        void Post(JsonElement delta);
        void RejoinSoon();
        void Stop();
    }

    /// <summary>
    /// One screen. Deltas are handled in order on a task of their own: joining again means a hub invocation, which must
    /// not be awaited inside a SignalR handler (the connection would wait on itself).
    /// </summary>
    private sealed class Follower<TView, TDelta>(
        Func<Task<TView>> join, Func<TView, long> seqOf, Func<TDelta, (long From, long To)> seqsOf, Func<TView, TDelta, TView> apply, Action rejoined)
        : IFollower where TView : class where TDelta : class
    {
        private readonly Channel<JsonElement?> _inbox = Channel.CreateUnbounded<JsonElement?>(new() { SingleReader = true });
        private volatile TView? _view;

        public TView View => _view ?? throw new InvalidOperationException("not joined");

        public async Task<TView> StartAsync()
        {
            _view = await join();
            _ = Task.Run(FollowAsync);
            return _view;
        }

        public void Post(JsonElement delta) => _inbox.Writer.TryWrite(delta);

        /// <summary>A null in the inbox means "join again".</summary>
        public void RejoinSoon() => _inbox.Writer.TryWrite(null);

        public void Stop() => _inbox.Writer.TryComplete();

        private async Task FollowAsync()
        {
            await foreach (var message in _inbox.Reader.ReadAllAsync())
            {
                try
                {
                    var view = View;
                    if (message is { } raw)
                    {
                        var delta = raw.Deserialize<TDelta>(BankNetwork.Wire)!;
                        var (from, to) = seqsOf(delta);
                        if (from == seqOf(view))
                        {
                            _view = apply(view, delta);
                            continue;
                        }
                        if (to <= seqOf(view))
                        {
                            continue;
                        }
                    }
                    rejoined();
                    _view = await join();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A join refused while the cluster re-forms: try again with the next delta, as the page does.
                    await Task.Delay(200);
                    RejoinSoon();
                }
            }
        }
    }
}
