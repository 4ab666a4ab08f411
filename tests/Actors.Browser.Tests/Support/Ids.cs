namespace Actors.Browser.Tests.Support;

/// <summary>
/// Short, readable ids (they show on the screens and in the screenshots), fresh within a run: each collection's silo
/// starts on an empty store, so a counter is enough.
/// </summary>
public static class Ids
{
    private static int _next;

    public static string Fresh(string prefix) => $"{prefix}-{Interlocked.Increment(ref _next):00}";
}
