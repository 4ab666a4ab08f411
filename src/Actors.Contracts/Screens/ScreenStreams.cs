using Orleans.Runtime;

namespace Actors.Contracts.Screens;

/// <summary>
/// Screen deltas travel on their own streams, one per screen group, so a host that serves browsers subscribes to
/// exactly the groups its browsers watch, whatever silo the grains live on.
/// </summary>
public static class ScreenStreams
{
    public const string LobbyNamespace = "screen-lobby";
    public const string BoardNamespace = "screen-board";
    public const string InboxNamespace = "screen-inbox";

    /// <summary>The central collections room (M3 and M4 of the whole bank).</summary>
    public const string CentralRoom = "central";

    public static StreamId Lobby(string branchId) => StreamId.Create(LobbyNamespace, branchId);
    public static StreamId Board(string roomId) => StreamId.Create(BoardNamespace, roomId);

    /// <summary>One inbox's nudges (<see cref="InboxChanged"/>), keyed by the inbox (<see cref="Inboxes"/>).</summary>
    public static StreamId Inbox(string inbox) => StreamId.Create(InboxNamespace, inbox);
}
