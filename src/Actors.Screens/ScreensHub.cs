using Actors.Api.Http;
using Actors.Contracts.Devices;
using Actors.Contracts.Screens;
using Actors.Domain.Collections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Actors.Screens.Relay;
using Microsoft.AspNetCore.SignalR;

namespace Actors.Screens;

/// <summary>
/// The live screens' hub: a browser joins a lobby or a wall board, gets its whole view, then receives its deltas
/// (<see cref="ScreenHubProtocol.LobbyDelta"/>, <see cref="ScreenHubProtocol.BoardDelta"/>) until it leaves. A browser
/// whose last seq is not a delta's FromSeq joins again for a fresh view. The worklist and approvals screens join their
/// user's inboxes instead and re-read over HTTP on each nudge.
/// </summary>
/// <remarks>
/// Signed-in staff, for their own institution and those beneath it; a room's board for the room's watchers
/// (<see cref="RoomWatchers"/>). A screen outside that is refused as if it did not exist. A device credential opens
/// exactly its one screen (a board device its room's board) and nothing else: no lobby, no inbox, no other room.
/// </remarks>
[Authorize(Policy = DeviceSignIn.StaffOrDevicePolicy)]
public sealed class ScreensHub(IScreenSource screens, ScreenRelay relay, InstitutionScope scope, RoomWatchers watchers) : Hub
{
    [HubMethodName(ScreenHubProtocol.JoinLobby)]
    public async Task<LobbyView> JoinLobby(string branchId)
    {
        var key = ScreenKey.Lobby(ScreenIds.Require(branchId, nameof(branchId)));
        await RequireScope(key.Id, "branch");
        return await JoinAsync(key, screens.GetLobby);
    }

    [HubMethodName(ScreenHubProtocol.LeaveLobby)]
    public Task LeaveLobby(string branchId) => LeaveAsync(ScreenKey.Lobby(ScreenIds.Require(branchId, nameof(branchId))));

    /// <summary>
    /// The calling display's view of a branch's lobby: its staff, or the branch's registered calling display. Joining again
    /// (after a <see cref="ScreenHubProtocol.HallChanged"/> nudge) reads the view again.
    /// </summary>
    [HubMethodName(ScreenHubProtocol.JoinHall)]
    public async Task<HallView> JoinHall(string branchId)
    {
        var key = ScreenKey.Hall(ScreenIds.Require(branchId, nameof(branchId)));
        if (Context.GetHttpContext()?.Device() is { } device)
        {
            if (!device.Is(DeviceScreen.CallingDisplay, key.Id))
            {
                throw new HubException($"There is no branch '{key.Id}' this display can watch.");
            }
        }
        else
        {
            await RequireScope(key.Id, "branch");
        }
        return await JoinAsync(key, async id => HallView.Of(await screens.GetLobby(id)));
    }

    [HubMethodName(ScreenHubProtocol.LeaveHall)]
    public Task LeaveHall(string branchId) => LeaveAsync(ScreenKey.Hall(ScreenIds.Require(branchId, nameof(branchId))));

    [HubMethodName(ScreenHubProtocol.JoinBoard)]
    public async Task<BoardView> JoinBoard(string roomId)
    {
        var key = ScreenKey.Board(ScreenIds.Require(roomId, nameof(roomId)));
        var http = Context.GetHttpContext();
        var allowed = http?.Device() is { } device
            ? device.Is(DeviceScreen.Board, key.Id)
            : http?.Staff() is { } staff && await watchers.MayWatch(staff, key.Id);
        if (!allowed)
        {
            // One answer whether the room does not exist or is another room's: the refusal names no one's rooms.
            throw new HubException($"There is no room '{key.Id}' you can watch: a room's board is for its own {RoomWatch.WatchingRoles}.");
        }
        return await JoinAsync(key, screens.GetBoard);
    }

    [HubMethodName(ScreenHubProtocol.LeaveBoard)]
    public Task LeaveBoard(string roomId) => LeaveAsync(ScreenKey.Board(ScreenIds.Require(roomId, nameof(roomId))));

    /// <summary>
    /// Hears the signed-in user's own inboxes: their own and the approval queues of their roles, read from the sign-in
    /// cookie's claims, never from the caller. Their screens then re-read on each <see cref="ScreenHubProtocol.InboxChanged"/>.
    /// </summary>
    [HubMethodName(ScreenHubProtocol.JoinInbox)]
    public async Task JoinInbox()
    {
        foreach (var key in InboxesOfCaller())
        {
            await JoinAsync(key, _ => Task.FromResult(true));
        }
    }

    [HubMethodName(ScreenHubProtocol.LeaveInbox)]
    public async Task LeaveInbox()
    {
        foreach (var key in InboxesOfCaller())
        {
            await LeaveAsync(key);
        }
    }

    private IEnumerable<ScreenKey> InboxesOfCaller()
    {
        var staff = Context.GetHttpContext()?.Staff() ?? throw new HubException("Sign in first.");
        return Inboxes.Of(staff.StaffId, staff.InstitutionId, [.. staff.Roles]).Select(ScreenKey.Inbox);
    }

    public override Task OnConnectedAsync()
    {
        ScreenMetrics.ConnectionOpened();
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        ScreenMetrics.ConnectionClosed();
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

    private async Task RequireScope(string institution, string what)
    {
        var staff = Context.GetHttpContext()?.Staff() ?? throw new HubException("Sign in first.");
        if (!await scope.Covers(staff, institution))
        {
            throw new HubException($"There is no {what} '{institution}' you can watch.");
        }
    }

    private async Task LeaveAsync(ScreenKey key)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, key.Group);
        relay.Unwatch(key, Context.ConnectionId);
    }
}
