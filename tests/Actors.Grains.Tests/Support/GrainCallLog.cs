using System.Collections.Concurrent;

namespace Actors.Grains.Tests.Support;

/// <summary>Every grain call the test silos receive, by the called grain's id: a test looks for the ids it made itself.</summary>
public sealed class GrainCallLog : IIncomingGrainCallFilter
{
    private static readonly ConcurrentQueue<GrainId> Calls = new();

    public static long Mark => Calls.Count;

    /// <summary>The grains called since <paramref name="mark"/> (calls of other tests included: filter by your own ids).</summary>
    public static IReadOnlyList<GrainId> Since(long mark) => [.. Calls.Skip((int)mark)];

    public Task Invoke(IIncomingGrainCallContext context)
    {
        Calls.Enqueue(context.TargetId);
        return context.Invoke();
    }
}
