using Actors.Contracts.Screens;
using Actors.Screens.Relay;
using Microsoft.AspNetCore.SignalR;

namespace Actors.Screens;

/// <summary>
/// The live screens' hub: a browser joins a lobby or a wall board, gets its whole view, then receives its deltas
/// (<see cref="ScreenHubProtocol.LobbyDelta"/>, <see cref="ScreenHubProtocol.BoardDelta"/>) until it leaves. A browser
/// whose last seq is not a delta's FromSeq joins again for a fresh view.
/// </summary>
public sealed class ScreensHub(IScreenSource screens, ScreenRelay relay) : Hub
{
    [HubMethodName(ScreenHubProtocol.JoinLobby)]
    public Task<LobbyView> JoinLobby(string branchId) => JoinAsync(ScreenKey.Lobby(ScreenIds.Require(branchId, nameof(branchId))), screens.GetLobby);

    [HubMethodName(ScreenHubProtocol.LeaveLobby)]
    public Task LeaveLobby(string branchId) => LeaveAsync(ScreenKey.Lobby(ScreenIds.Require(branchId, nameof(branchId))));

    [HubMethodName(ScreenHubProtocol.JoinBoard)]
    public Task<BoardView> JoinBoard(string roomId) => JoinAsync(ScreenKey.Board(ScreenIds.Require(roomId, nameof(roomId))), screens.GetBoard);

    [HubMethodName(ScreenHubProtocol.LeaveBoard)]
    public Task LeaveBoard(string roomId) => LeaveAsync(ScreenKey.Board(ScreenIds.Require(roomId, nameof(roomId))));

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        relay.ConnectionClosed(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// In the group and subscribed before the view is read: every change after the view then arrives as a delta. (A
    /// delta already on its way may also cover changes the view holds; the screen ignores or resyncs on it by seq.) A
    /// screen that cannot be followed or whose view cannot be read (an unknown branch) is left again.
    /// </summary>
    private async Task<TView> JoinAsync<TView>(ScreenKey key, Func<string, Task<TView>> view)
    {
        try
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, key.Group);
            await relay.WatchAsync(key, Context.ConnectionId);
            return await view(key.Id);
        }
        catch
        {
            await LeaveAsync(key);
            throw;
        }
    }

    private async Task LeaveAsync(ScreenKey key)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, key.Group);
        relay.Unwatch(key, Context.ConnectionId);
    }
}
