using Actors.Domain.Collections;
using Actors.Domain.Loans;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Collections;

public class BoardTallyTests
{
    private const string Room = "BR-1";
    private static readonly CollectionsRules Rules = new();
    private static readonly DateTimeOffset Now = Cst("2026-03-10 14:30:00");

    private static BoardLoan Loan(string id, LoanStage stage, decimal outstanding, decimal overdue, string? enteredAt = null, string? room = Room,
        BoardCall[]? calls = null, BoardPromise[]? promises = null, BoardCollection[]? collected = null) =>
        new(id, "C-" + id, room, stage, outstanding, overdue, enteredAt is null ? null : Cst(enteredAt), calls ?? [], promises ?? [], collected ?? []);

    private static BoardPromise Promise(string id, string promisedFor, PromiseOutcome outcome = PromiseOutcome.Open, string? resolvedAt = null,
        string room = Room, string by = "A", string madeAt = "2026-03-10 09:00:00") =>
        new(id, by, room, 1_000m, Cst(madeAt), Cst(promisedFor), outcome, 0m, resolvedAt is null ? null : Cst(resolvedAt));

    private static BoardFigures Compute(params BoardLoan[] loans) =>
        BoardTally.Compute(Room, CollectionsRooms.BranchStages, loans, Now, Clock, Rules);

    [Fact]
    public void Stage_totals_count_and_sum_the_rooms_loans_and_those_that_entered_today()
    {
        var figures = Compute(
            Loan("L1", LoanStage.M1, 10_000m, 1_000m, "2026-03-10 00:00:00"),
            Loan("L2", LoanStage.M1, 20_000m, 2_500m, "2026-03-01 18:00:00"),
            Loan("L3", LoanStage.PreDue, 5_000m, 0m, "2026-03-09 23:59:59"),
            Loan("L4", LoanStage.M3, 7_000m, 7_000m, "2026-03-10 00:00:00", room: "central"), // another room's
            Loan("L5", LoanStage.Current, 9_000m, 0m, room: null));

        Assert.Equal(
            [
                new StageFigures(LoanStage.PreDue, 1, 5_000m, 0m, 0),
                new StageFigures(LoanStage.M1, 2, 30_000m, 3_500m, 1),
                new StageFigures(LoanStage.M2, 0, 0m, 0m, 0),
            ],
            figures.Stages);
    }

    [Fact]
    public void Promises_are_due_from_an_hour_before_until_their_window_ends_and_broken_ones_show_for_the_day()
    {
        var figures = Compute(Loan("L1", LoanStage.M1, 1m, 1m, promises:
        [
            Promise("due-in-an-hour", "2026-03-10 15:30:00"),
            Promise("due-half-an-hour-ago", "2026-03-10 14:00:00"),
            Promise("later", "2026-03-10 15:30:01"),
            Promise("window-over", "2026-03-10 13:30:00"), // still open on the loan's last report, but past its window
            Promise("kept", "2026-03-10 15:00:00", PromiseOutcome.Kept, "2026-03-10 12:00:00"),
            Promise("broken-today", "2026-03-10 09:00:00", PromiseOutcome.Broken, "2026-03-10 10:00:00"),
            Promise("broken-yesterday", "2026-03-09 20:00:00", PromiseOutcome.Broken, "2026-03-09 21:00:00", madeAt: "2026-03-08 09:00:00"),
            Promise("other-room", "2026-03-10 15:00:00", room: "central"),
        ]));

        Assert.Equal(["due-half-an-hour-ago", "due-in-an-hour"], figures.PromisesDue.Select(p => p.Promise.PromiseId));
        Assert.Equal(["broken-today"], figures.BrokenToday.Select(p => p.Promise.PromiseId));
        Assert.Equal(("L1", "C-L1"), (figures.PromisesDue[0].LoanId, figures.PromisesDue[0].ClientId));
    }

    [Fact]
    public void Collected_today_and_each_collectors_results_count_todays_work_credited_to_the_room()
    {
        var figures = Compute(
            Loan("L1", LoanStage.M1, 1m, 1m,
                calls:
                [
                    new(Cst("2026-03-10 09:00:00"), "A", Room, RightPartyContact: false),
                    new(Cst("2026-03-10 11:00:00"), "A", Room, RightPartyContact: true),
                    new(Cst("2026-03-09 11:00:00"), "A", Room, RightPartyContact: true), // yesterday
                    new(Cst("2026-03-10 11:00:00"), "Z", "central", RightPartyContact: true), // another room's
                ],
                promises: [Promise("P1", "2026-03-11 10:00:00", by: "B")],
                collected:
                [
                    new("t1", Cst("2026-03-10 10:00:00"), 300m, "A", Room),
                    new("t2", Cst("2026-03-09 23:59:59"), 999m, "A", Room), // yesterday
                ]),
            Loan("L2", LoanStage.Current, 0m, 0m, room: null, // cured today: its payment still counts where it was worked
                collected: [new("t3", Cst("2026-03-10 12:00:00"), 200m, null, Room), new("t4", Cst("2026-03-10 12:30:00"), 50m, "B", Room)]));

        Assert.Equal(550m, figures.CollectedToday);
        Assert.Equal(
            [new CollectorFigures("A", 2, 1, 0, 300m, PromiseKeeping.None, 50_000m), new CollectorFigures("B", 0, 0, 1, 50m, PromiseKeeping.None, 50_000m)],
            figures.Collectors);
        Assert.Equal(200m, figures.CollectedWithoutCollector); // t3 came in before anybody collected the loan
    }

    [Fact]
    public void The_kept_rate_counts_promises_decided_today_kept_in_full_over_all_decided_by_collector_and_for_the_room()
    {
        var figures = Compute(Loan("L1", LoanStage.M1, 1m, 1m, promises:
        [
            Promise("kept", "2026-03-10 11:00:00", PromiseOutcome.Kept, "2026-03-10 10:40:00", by: "A"),
            Promise("partly", "2026-03-10 09:00:00", PromiseOutcome.PartiallyKept, "2026-03-10 10:00:00", by: "A"),
            Promise("broken", "2026-03-10 08:00:00", PromiseOutcome.Broken, "2026-03-10 09:00:00", by: "B"),
            Promise("kept-yesterday", "2026-03-09 11:00:00", PromiseOutcome.Kept, "2026-03-09 10:00:00", by: "B", madeAt: "2026-03-09 08:00:00"),
            Promise("open", "2026-03-10 18:00:00", by: "B"),
        ]));

        Assert.Equal(new PromiseKeeping(1, 1, 1), figures.PromisesDecidedToday);
        Assert.Equal(0.3333m, figures.PromisesDecidedToday.KeptRate);
        Assert.Equal(0.5m, figures.Collectors.Single(c => c.CollectorId == "A").PromisesDecided.KeptRate);
        Assert.Equal(0m, figures.Collectors.Single(c => c.CollectorId == "B").PromisesDecided.KeptRate);
        Assert.Null(PromiseKeeping.None.KeptRate); // nothing decided is no rate, not 0 %
    }

    [Fact]
    public void Each_collector_is_measured_against_the_configured_daily_target()
    {
        var rules = new CollectionsRules { DailyCollectionTarget = 2_000m };
        var figures = BoardTally.Compute(Room, CollectionsRooms.BranchStages,
            [Loan("L1", LoanStage.M1, 1m, 1m, collected: [new("t1", Cst("2026-03-10 10:00:00"), 3_000m, "A", Room)])], Now, Clock, rules);

        var a = Assert.Single(figures.Collectors);
        Assert.Equal((2_000m, 1.5m), (a.DailyTarget, a.TargetShare));
    }

    [Fact]
    public void The_same_loan_reported_again_changes_nothing()
    {
        var loan = Loan("L1", LoanStage.M1, 10_000m, 1_000m, "2026-03-10 00:00:00",
            collected: [new("t1", Cst("2026-03-10 10:00:00"), 300m, "A", Room)]);
        var byId = new Dictionary<string, BoardLoan> { [loan.LoanId] = loan };
        var once = Compute([.. byId.Values]);

        byId[loan.LoanId] = loan with { };

        var again = Compute([.. byId.Values]);
        Assert.Equal(once.Stages, again.Stages);
        Assert.Equal((once.CollectedToday, once.Collectors.Single()), (again.CollectedToday, again.Collectors.Single()));
    }

    [Theory]
    [InlineData("2026-03-10 16:00:00", "2026-03-10 15:00:00")] // promised 16:00: due on the board from 15:00
    [InlineData("2026-03-10 15:00:00", "2026-03-10 16:00:00")] // already due: leaves the board at its window's end
    [InlineData("2026-03-11 09:00:00", "2026-03-11 00:00:00")] // midnight comes first: "today" rolls over
    public void The_board_clock_is_the_next_due_boundary_or_midnight(string promisedFor, string expected)
    {
        var loans = new[] { Loan("L1", LoanStage.M1, 1m, 1m, promises: [Promise("P", promisedFor)]) };

        Assert.Equal(Cst(expected), BoardTally.NextChangeAt(Room, loans, Now, Clock, Rules));
    }

    [Theory]
    [InlineData(Room, null, true)]
    [InlineData("central", null, false)]
    [InlineData(null, Room, true)] // left the room, but worked here today
    [InlineData(null, "central", false)]
    public void A_loan_concerns_a_room_while_in_it_or_while_it_has_work_credited_to_it_today(string? loanRoom, string? workedIn, bool concerns)
    {
        var loan = Loan("L1", LoanStage.Current, 0m, 0m, room: loanRoom,
            calls: workedIn is null ? [] : [new BoardCall(Cst("2026-03-10 09:00:00"), "A", workedIn, false)]);

        Assert.Equal(concerns, BoardTally.Concerns(Room, loan, Now, Clock));
    }
}
