using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Actors.Browser.Tests.Support;

/// <summary>
/// What reached one screen, and how: the hub's delta frames on its WebSocket, and its HTTP re-reads of the whole view.
/// A screen whose join is refused falls back to re-reading over HTTP every few seconds; a test of "live" must see the
/// change arrive as a delta, not by such a re-read.
/// </summary>
public sealed class FeedRecorder
{
    private static readonly ConditionalWeakTable<IPage, FeedRecorder> Recorders = new();
    private static readonly string[] DeltaTargets = ["\"target\":\"LobbyDelta\"", "\"target\":\"BoardDelta\""];
    private static readonly string[] JoinTargets = ["\"target\":\"JoinLobby\"", "\"target\":\"JoinBoard\""];

    private int _deltas;
    private int _viewReads;
    private int _joins;
    private (int Deltas, int ViewReads) _mark;

    private FeedRecorder(IPage page)
    {
        page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, frame) =>
            {
                if (frame.Text is { } text && DeltaTargets.Any(t => text.Contains(t, StringComparison.Ordinal)))
                {
                    Interlocked.Increment(ref _deltas);
                }
            };
            socket.FrameSent += (_, frame) =>
            {
                if (frame.Text is { } text && JoinTargets.Any(t => text.Contains(t, StringComparison.Ordinal)))
                {
                    Interlocked.Increment(ref _joins);
                }
            };
        };
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && IsViewRead(new Uri(request.Url).AbsolutePath))
            {
                Interlocked.Increment(ref _viewReads);
            }
        };
    }

    /// <summary>Starts recording before the page loads, so nothing it receives is missed.</summary>
    public static FeedRecorder Attach(IPage page) => Recorders.GetValue(page, p => new FeedRecorder(p));

    public static FeedRecorder Of(IPage page) =>
        Recorders.TryGetValue(page, out var recorder) ? recorder : throw new InvalidOperationException("the page was not opened with Pages.OpenAsync");

    public void Mark() => _mark = (Volatile.Read(ref _deltas), Volatile.Read(ref _viewReads));

    public int DeltasSinceMark => Volatile.Read(ref _deltas) - _mark.Deltas;

    public int ViewReadsSinceMark => Volatile.Read(ref _viewReads) - _mark.ViewReads;

    /// <summary>How many times the screen asked the hub to join a lobby or board (each ask of a refused screen counts).</summary>
    public int Joins => Volatile.Read(ref _joins);

    /// <summary>HTTP reads of a whole lobby or board view since the page opened.</summary>
    public int ViewReads => Volatile.Read(ref _viewReads);

    /// <summary>The lobby's view (GET /api/lobbies/{id}) or a room's board (GET /api/collections/rooms/{id}).</summary>
    private static bool IsViewRead(string path)
    {
        var parts = path.Trim('/').Split('/');
        return parts is ["api", "lobbies", _] or ["api", "collections", "rooms", _];
    }
}
