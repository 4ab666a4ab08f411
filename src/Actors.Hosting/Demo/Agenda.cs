namespace Actors.Hosting.Demo;

/// <summary>What is due to happen, in time order; entries due at the same instant keep the order they were planned in.</summary>
/// <remarks>
/// One queue for the whole day, played one entry at a time: the seeded dice are thrown in one order, and every grain
/// answers the same calls in the same order, so the same seed tells the same story.
/// </remarks>
internal sealed class Agenda
{
    private readonly PriorityQueue<AgendaEntry, (DateTimeOffset At, long Order)> _queue = new();
    private long _planned;

    public int Count => _queue.Count;

    public void Add(AgendaEntry entry) => _queue.Enqueue(entry, (entry.At, _planned++));

    public bool TryNext(out AgendaEntry entry) => _queue.TryDequeue(out entry!, out _);

    public bool TryPeek(out DateTimeOffset at)
    {
        var found = _queue.TryPeek(out var entry, out _);
        at = found ? entry!.At : default;
        return found;
    }
}

/// <summary>An action due at <see cref="At"/>; <see cref="Play"/> makes the grain calls and answers what came of them.</summary>
internal sealed record AgendaEntry(DateTimeOffset At, string Actor, string Action, string Subject, Func<Task<string>> Play);
