using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization;
using Actors.Contracts.Screens;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Actors.Api.Json;

namespace Actors.Screens.Tests.Support;

/// <summary>
/// A browser's side of the screens hub, over a real WebSocket: records every delta as it arrived on the wire (raw
/// JSON), reconnects by itself, and can lose its socket on demand like a screen on a flaky network.
/// </summary>
public sealed class ScreenClient : IAsyncDisposable
{
    /// <summary>The wire as the grid writes it (<see cref="GridJson"/>): camelCase, enums only by name (a number would fail here).</summary>
    public static readonly JsonSerializerOptions Wire = GridJson.Options;

    private readonly ConcurrentQueue<JsonElement> _lobbyDeltas = new();
    private readonly ConcurrentQueue<JsonElement> _boardDeltas = new();
    private readonly ConcurrentQueue<JsonElement> _inboxNudges = new();
    private readonly ConcurrentQueue<JsonElement> _hallNudges = new();
    private ClientWebSocket? _socket;
    private int _reconnects;

    private ScreenClient(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }

    /// <summary>Deltas dropped by the client as if lost on the way (the next N lobby deltas).</summary>
    public int DropNextLobbyDeltas { get; set; }

    public int Reconnects => _reconnects;

    public IReadOnlyList<LobbyDelta> LobbyDeltas => [.. _lobbyDeltas.Select(d => d.Deserialize<LobbyDelta>(Wire)!)];

    public IReadOnlyList<BoardDelta> BoardDeltas => [.. _boardDeltas.Select(d => d.Deserialize<BoardDelta>(Wire)!)];

    public IReadOnlyList<JsonElement> RawLobbyDeltas => [.. _lobbyDeltas];

    public IReadOnlyList<InboxChanged> InboxNudges => [.. _inboxNudges.Select(d => d.Deserialize<InboxChanged>(Wire)!)];

    /// <summary>The calling display's nudges, as they came on the wire.</summary>
    public IReadOnlyList<JsonElement> RawHallNudges => [.. _hallNudges];

    /// <summary>Connects as the signed-in user whose cookies these are.</summary>
    public static async Task<ScreenClient> ConnectAsync(Uri server, System.Net.CookieContainer cookies)
    {
        ScreenClient? client = null;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, ScreenHubProtocol.Path.TrimStart('/')), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.Cookies = cookies;
                o.WebSocketFactory = async (context, ct) =>
                {
                    var socket = new ClientWebSocket();
                    socket.Options.Cookies = cookies;
                    await socket.ConnectAsync(context.Uri, ct);
                    client!._socket = socket;
                    return socket;
                };
            })
            .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)])
            .AddJsonProtocol(o => GridJson.Configure(o.PayloadSerializerOptions))
            .Build();
        client = new ScreenClient(connection);
        connection.On<JsonElement>(ScreenHubProtocol.LobbyDelta, client.OnLobbyDelta);
        connection.On<JsonElement>(ScreenHubProtocol.BoardDelta, d => client._boardDeltas.Enqueue(d));
        connection.On<JsonElement>(ScreenHubProtocol.InboxChanged, d => client._inboxNudges.Enqueue(d));
        connection.On<JsonElement>(ScreenHubProtocol.HallChanged, d => client._hallNudges.Enqueue(d));
        connection.Reconnected += _ =>
        {
            Interlocked.Increment(ref client._reconnects);
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        return client;
    }

    private void OnLobbyDelta(JsonElement delta)
    {
        if (DropNextLobbyDeltas > 0)
        {
            DropNextLobbyDeltas--;
            return;
        }
        _lobbyDeltas.Enqueue(delta);
    }

    public async Task<LobbyView> JoinLobby(string branchId) =>
        (await Connection.InvokeAsync<JsonElement>(ScreenHubProtocol.JoinLobby, branchId)).Deserialize<LobbyView>(Wire)!;

    public Task LeaveLobby(string branchId) => Connection.InvokeAsync(ScreenHubProtocol.LeaveLobby, branchId);

    public async Task<BoardView> JoinBoard(string roomId) =>
        (await Connection.InvokeAsync<JsonElement>(ScreenHubProtocol.JoinBoard, roomId)).Deserialize<BoardView>(Wire)!;

    public Task JoinInbox() => Connection.InvokeAsync(ScreenHubProtocol.JoinInbox);

    /// <summary>The calling display's view, as raw JSON (what a display in the hall receives).</summary>
    public Task<JsonElement> JoinHall(string branchId) => Connection.InvokeAsync<JsonElement>(ScreenHubProtocol.JoinHall, branchId);

    /// <summary>Kills the WebSocket under the connection, as a network drop would.</summary>
    public void LoseNetwork() => _socket?.Abort();

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
