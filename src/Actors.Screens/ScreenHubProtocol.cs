namespace Actors.Screens;

/// <summary>
/// The screens hub's wire names, in one place. The browser client (dashboard-web/src/hub.ts) spells the same names;
/// a test reads that file and fails if any of these is missing from it, so the two cannot drift apart silently.
/// </summary>
public static class ScreenHubProtocol
{
    public const string Path = "/hubs/screens";

    /// <summary><c>JoinLobby(branchId) → LobbyView</c>: watch a branch's lobby screen; answers its current view.</summary>
    public const string JoinLobby = nameof(JoinLobby);

    /// <summary><c>LeaveLobby(branchId)</c>: stop watching a branch's lobby screen.</summary>
    public const string LeaveLobby = nameof(LeaveLobby);

    /// <summary><c>JoinBoard(roomId) → BoardView</c>: watch a collections room's wall board; answers its current view.</summary>
    public const string JoinBoard = nameof(JoinBoard);

    /// <summary><c>LeaveBoard(roomId)</c>: stop watching a collections room's wall board.</summary>
    public const string LeaveBoard = nameof(LeaveBoard);

    /// <summary>
    /// <c>JoinInbox()</c>, no argument: hear the nudges of the signed-in user's own inboxes (their worklist, and the
    /// approval queues their roles read). Nobody can name another user's inbox.
    /// </summary>
    public const string JoinInbox = nameof(JoinInbox);

    /// <summary><c>LeaveInbox()</c>: stop hearing them.</summary>
    public const string LeaveInbox = nameof(LeaveInbox);

    /// <summary>Server → client: an <c>InboxChanged</c> nudge (inbox, what, at): read the worklist or the approvals again.</summary>
    public const string InboxChanged = nameof(InboxChanged);

    /// <summary>Server → client: a <c>LobbyDelta</c> for a lobby the connection has joined.</summary>
    public const string LobbyDelta = nameof(LobbyDelta);

    /// <summary>Server → client: a <c>BoardDelta</c> for a board the connection has joined.</summary>
    public const string BoardDelta = nameof(BoardDelta);

    /// <summary>Every method and event name the client must know.</summary>
    /// <summary>
    /// <c>JoinHall(branchId) → HallView</c>: the calling display's view of a branch's lobby (numbers called and their desks,
    /// nothing about any customer); <see cref="HallChanged"/> nudges follow. For staff of the branch and the branch's
    /// registered calling display. Joining again reads the view again.
    /// </summary>
    public const string JoinHall = nameof(JoinHall);

    /// <summary><c>LeaveHall(branchId)</c>.</summary>
    public const string LeaveHall = nameof(LeaveHall);

    /// <summary>Server → client: a <c>HallChanged</c> nudge (branchId, at): the lobby changed, join the hall again for its view.</summary>
    public const string HallChanged = nameof(HallChanged);

    public static IReadOnlyList<string> Names { get; } =
        [JoinLobby, LeaveLobby, JoinBoard, LeaveBoard, LobbyDelta, BoardDelta, JoinInbox, LeaveInbox, InboxChanged, JoinHall, LeaveHall, HallChanged];
}
