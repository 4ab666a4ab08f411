using Actors.Contracts.Screens;

namespace Actors.Screens.Batching;

/// <summary>Two consecutive board deltas as one: every section present replaces the screen's, so the later one wins.</summary>
public static class BoardDeltaMerge
{
    /// <summary>The merge, or null when the deltas are not consecutive (another room, or later.FromSeq ≠ earlier.Seq).</summary>
    public static BoardDelta? TryMerge(BoardDelta earlier, BoardDelta later)
    {
        if (earlier.RoomId != later.RoomId || later.FromSeq != earlier.Seq)
        {
            return null;
        }
        return new BoardDelta(
            earlier.RoomId,
            earlier.FromSeq,
            later.Seq,
            later.At,
            later.Stages ?? earlier.Stages,
            later.PromisesDueNextHour ?? earlier.PromisesDueNextHour,
            later.BrokenPromisesToday ?? earlier.BrokenPromisesToday,
            later.CollectedToday ?? earlier.CollectedToday,
            later.Collectors ?? earlier.Collectors,
            later.CollectedWithoutCollector ?? earlier.CollectedWithoutCollector,
            later.PromisesDecidedToday ?? earlier.PromisesDecidedToday);
    }
}
