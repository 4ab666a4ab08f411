using Actors.Contracts.Screens;
using Orleans.Runtime;

namespace Actors.Screens;

public enum ScreenKind { Lobby, Board }

/// <summary>One screen: a branch's lobby or a collections room's board. Names its SignalR group and its delta stream.</summary>
public readonly record struct ScreenKey(ScreenKind Kind, string Id)
{
    public static ScreenKey Lobby(string branchId) => new(ScreenKind.Lobby, branchId);

    public static ScreenKey Board(string roomId) => new(ScreenKind.Board, roomId);

    /// <summary>The SignalR group of the connections watching this screen: <c>lobby:{id}</c> or <c>board:{id}</c>.</summary>
    public string Group => Kind == ScreenKind.Lobby ? $"lobby:{Id}" : $"board:{Id}";

    /// <summary>The client event that carries this screen's deltas.</summary>
    public string EventName => Kind == ScreenKind.Lobby ? ScreenHubProtocol.LobbyDelta : ScreenHubProtocol.BoardDelta;

    public StreamId Stream => Kind == ScreenKind.Lobby ? ScreenStreams.Lobby(Id) : ScreenStreams.Board(Id);

    public override string ToString() => Group;
}
