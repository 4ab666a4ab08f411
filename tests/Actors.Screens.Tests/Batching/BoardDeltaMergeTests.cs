using Actors.Contracts.Screens;
using Actors.Domain.Loans;
using Actors.Screens.Batching;
using static Actors.Screens.Tests.Support.Deltas;

namespace Actors.Screens.Tests.Batching;

public sealed class BoardDeltaMergeTests
{
    [Fact]
    public void Sections_present_in_the_later_delta_win_and_absent_ones_keep_the_earlier()
    {
        var merged = BoardDeltaMerge.TryMerge(
            Board(7, 8, stages: [Stage(LoanStage.M1, 3)], collected: 100m, collectors: [Collector("c1", 1)], withoutCollector: 40m),
            Board(8, 9, stages: [Stage(LoanStage.M1, 2)], collectors: null))!;

        Assert.Equal(("R1", 7L, 9L, T0.AddSeconds(9)), (merged.RoomId, merged.FromSeq, merged.Seq, merged.At));
        Assert.Equal(2, Assert.Single(merged.Stages!).Loans);
        Assert.Equal(100m, merged.CollectedToday);
        Assert.Equal(40m, merged.CollectedWithoutCollector);
        Assert.Equal("c1", Assert.Single(merged.Collectors!).CollectorId);
        Assert.Null(merged.PromisesDueNextHour);
        Assert.Null(merged.BrokenPromisesToday);
    }

    [Fact]
    public void An_empty_section_is_a_section_and_replaces_the_earlier_one()
    {
        var merged = BoardDeltaMerge.TryMerge(Board(1, 2, collectors: [Collector("c1", 1)]), Board(2, 3, collectors: []))!;

        Assert.NotNull(merged.Collectors);
        Assert.Empty(merged.Collectors);
    }

    public static TheoryData<string, BoardDelta, BoardDelta> NotConsecutive => new()
    {
        { "a gap", Board(1, 2), Board(3, 4) },
        { "out of order", Board(2, 3), Board(1, 2) },
        { "another room", Board(1, 2), Board(2, 3, room: "R2") },
    };

    [Theory]
    [MemberData(nameof(NotConsecutive))]
    public void Deltas_that_do_not_follow_each_other_are_not_merged(string _, BoardDelta earlier, BoardDelta later) =>
        Assert.Null(BoardDeltaMerge.TryMerge(earlier, later));
}
