using Actors.Contracts.Screens;

namespace Actors.Grains.Collections;

internal static class BoardChanges
{
    /// <summary>The delta from one view to the next with only the sections that changed; null when nothing did.</summary>
    public static BoardDelta? Between(BoardView before, BoardView after)
    {
        var stages = before.Stages.SequenceEqual(after.Stages) ? null : after.Stages;
        var due = before.PromisesDueNextHour.SequenceEqual(after.PromisesDueNextHour) ? null : after.PromisesDueNextHour;
        var broken = before.BrokenPromisesToday.SequenceEqual(after.BrokenPromisesToday) ? null : after.BrokenPromisesToday;
        decimal? collected = before.CollectedToday == after.CollectedToday ? null : after.CollectedToday;
        var collectors = before.Collectors.SequenceEqual(after.Collectors) ? null : after.Collectors;
        decimal? withoutCollector = before.CollectedWithoutCollector == after.CollectedWithoutCollector ? null : after.CollectedWithoutCollector;
        var decided = before.PromisesDecidedToday == after.PromisesDecidedToday ? null : after.PromisesDecidedToday;
        if (stages is null && due is null && broken is null && collected is null && collectors is null && withoutCollector is null && decided is null)
        {
            return null;
        }
        return new BoardDelta(after.RoomId, before.Seq, before.Seq + 1, after.At, stages, due, broken, collected, collectors, withoutCollector, decided);
    }
}
