using Actors.Contracts.Screens;
using Orleans.Runtime;

namespace Actors.Screens;

public enum ScreenKind { Lobby, Board, Inbox, Hall }

/// <summary>
/// One screen: a branch's lobby, a collections room's board, or a staff inbox (its nudges feed the worklist and the
/// approvals inbox). Names its SignalR group and its stream.
/// </summary>
public readonly record struct ScreenKey(ScreenKind Kind, string Id)
{
    public static ScreenKey Lobby(string branchId) => new(ScreenKind.Lobby, branchId);

    public static ScreenKey Board(string roomId) => new(ScreenKind.Board, roomId);

    public static ScreenKey Inbox(string inbox) => new(ScreenKind.Inbox, inbox);

    /// <summary>A branch's calling display: it hears the lobby's changes as nudges, never the lobby's data.</summary>
    public static ScreenKey Hall(string branchId) => new(ScreenKind.Hall, branchId);

    /// <summary>The SignalR group of the connections watching this screen: <c>lobby:{id}</c>, <c>board:{id}</c> or <c>inbox:{id}</c>.</summary>
    public string Group => Kind switch
    {
        ScreenKind.Lobby => $"lobby:{Id}",
        ScreenKind.Board => $"board:{Id}",
        ScreenKind.Hall => $"hall:{Id}",
        _ => $"inbox:{Id}",
    };

    /// <summary>The client event that carries this screen's deltas (an inbox's nudges).</summary>
    public string EventName => Kind switch
    {
        ScreenKind.Lobby => ScreenHubProtocol.LobbyDelta,
        ScreenKind.Board => ScreenHubProtocol.BoardDelta,
        ScreenKind.Hall => ScreenHubProtocol.HallChanged,
        _ => ScreenHubProtocol.InboxChanged,
    };

    public StreamId Stream => Kind switch
    {
        ScreenKind.Lobby or ScreenKind.Hall => ScreenStreams.Lobby(Id),
        ScreenKind.Board => ScreenStreams.Board(Id),
        _ => ScreenStreams.Inbox(Id),
    };

    public override string ToString() => Group;
}
