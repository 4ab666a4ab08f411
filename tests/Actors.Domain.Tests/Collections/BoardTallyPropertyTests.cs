using Actors.Domain.Collections;
using Actors.Domain.Loans;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Collections;

/// <summary>Over generated days of a room's collections: the board's rows always add up to its total.</summary>
public class BoardTallyPropertyTests
{
    private const string Room = "BR-1";
    private static readonly DateTimeOffset Now = Cst("2026-03-10 16:00:00");
    private static readonly string?[] Collectors = ["A", "B", "C", null, ""];
    private static readonly string[] Rooms = [Room, Room, Room, "central"];

    /// <summary>A repayment some time in the last two days (so some are yesterday's), by a collector or nobody, credited to a room.</summary>
    private static readonly Gen<BoardCollection> Collections =
        from minutesAgo in Gen.Choose(0, 48 * 60)
        from fen in Gen.Choose(1, 5_000_000)
        from collector in Gen.Elements(Collectors)
        from room in Gen.Elements(Rooms)
        from id in Gen.Choose(0, int.MaxValue)
        select new BoardCollection($"t{id}", Now.AddMinutes(-minutesAgo), fen / 100m, collector, room);

    private static readonly Gen<BoardCall> Calls =
        from minutesAgo in Gen.Choose(0, 48 * 60)
        from collector in Gen.Elements("A", "B", "D")
        from rpc in Gen.Elements(true, false)
        select new BoardCall(Now.AddMinutes(-minutesAgo), collector, Room, rpc);

    private static readonly Gen<BoardLoan> Loans =
        from id in Gen.Choose(1, 1_000_000)
        from stage in Gen.Elements(LoanStage.Current, LoanStage.PreDue, LoanStage.M1, LoanStage.M2, LoanStage.M3)
        from collected in Gen.ListOf(Collections)
        from calls in Gen.ListOf(Calls)
        select new BoardLoan($"L{id}", $"C{id}", CollectionsRooms.WorkedIn(stage) is null ? null : Room, stage, 10_000m, 1_000m, null,
            [.. calls], [], [.. collected]);

    [Property(MaxTest = 500)]
    public Property Collected_today_is_the_sum_of_the_collectors_rows_and_the_without_a_collector_row() =>
        Prop.ForAll(Gen.ListOf(Loans).ToArbitrary(), loans =>
        {
            var figures = BoardTally.Compute(Room, CollectionsRooms.BranchStages, loans, Now, Clock, new CollectionsRules());

            var today = loans.SelectMany(l => l.Collections).Where(c => c.RoomId == Room && Clock.DateOf(c.At) == Clock.DateOf(Now)).ToList();
            Assert.Equal(today.Sum(c => c.Amount), figures.CollectedToday);
            Assert.Equal(figures.CollectedToday, figures.Collectors.Sum(c => c.Collected) + figures.CollectedWithoutCollector);
            Assert.Equal(today.Where(c => string.IsNullOrEmpty(c.CollectorId)).Sum(c => c.Amount), figures.CollectedWithoutCollector);
            Assert.All(figures.Collectors, c => Assert.False(string.IsNullOrEmpty(c.CollectorId)));
        });
}
