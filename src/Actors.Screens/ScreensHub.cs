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
    public async Task<LobbyView> JoinLobby(string branchId)
    {
        var key = await JoinAsync(ScreenKey.Lobby(ScreenIds.Require(branchId, nameof(branchId))));
        return await ViewOrLeaveAsync(key, screens.GetLobby);
    }

    [HubMethodName(ScreenHubProtocol.LeaveLobby)]
    public Task LeaveLobby(string branchId) => LeaveAsync(ScreenKey.Lobby(ScreenIds.Require(branchId, nameof(branchId))));

    [HubMethodName(ScreenHubProtocol.JoinBoard)]
    public async Task<BoardView> JoinBoard(string roomId)
    {
        var key = await JoinAsync(ScreenKey.Board(ScreenIds.Require(roomId, nameof(roomId))));
        return await ViewOrLeaveAsync(key, screens.GetBoard);
    }

    [HubMethodName(ScreenHubProtocol.LeaveBoard)]
    public Task LeaveBoard(string roomId) => LeaveAsync(ScreenKey.Board(ScreenIds.Require(roomId, nameof(roomId))));

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        relay.ConnectionClosed(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// In the group and subscribed before the view is read: every change after the view then arrives as a delta. A
    /// delta already on its way may cover changes the view holds too; deltas carry upserts and whole sections, so
    /// applying it again changes nothing.
    /// </summary>
    private async Task<ScreenKey> JoinAsync(ScreenKey key)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, key.Group);
        await relay.WatchAsync(key, Context.ConnectionId);
        return key;
    }

    /// <summary>A screen whose view cannot be read (an unknown branch) is not watched either.</summary>
    private async Task<TView> ViewOrLeaveAsync<TView>(ScreenKey key, Func<string, Task<TView>> view)
    {
        try
        {
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
