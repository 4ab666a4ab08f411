using Actors.Domain.Collections;
using Actors.Domain.Loans;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Collections;

public class LoanCollectionsTests
{
    private static readonly CollectionsRules Rules = new();

    private static PromiseToPay Promise(string id, string madeAt, string promisedFor, string by = "A", decimal amount = 500m) =>
        new(id, amount, Cst(promisedFor), Cst(madeAt), by, RepaymentsBefore: 0);

    /// <summary>Two promises taken by A, both broken (windows ended 3 Mar 11:00 and 5 Mar 11:00 with nothing paid).</summary>
    private static readonly PromiseToPay[] TwoBroken =
    [
        Promise("P1", "2026-03-02 09:00:00", "2026-03-03 10:00:00"),
        Promise("P2", "2026-03-04 09:00:00", "2026-03-05 10:00:00"),
    ];

    private static LoanCollectionsStatus Evaluate(
        IReadOnlyList<PromiseToPay> promises, string localNow, int dpd, string? collector = "A", string? collectorSince = "2026-03-01 09:00:00",
        DateTimeOffset? loanClock = null, params Repayment[] repayments) =>
        LoanCollections.Evaluate(promises, repayments, collector, collectorSince is null ? null : Cst(collectorSince), dpd, loanClock, Cst(localNow), Rules);

    [Theory]
    [InlineData(10, "2026-03-01 09:00:00", false)] // 10 days is not more than 10
    [InlineData(11, "2026-03-01 09:00:00", true)]
    [InlineData(11, "2026-03-04 08:00:00", false)] // collector assigned between the two promises: only one broken with them
    [InlineData(11, "2026-03-06 08:00:00", false)] // a new collector starts with a clean slate
    public void Hand_over_counts_the_promises_broken_since_the_current_collector_was_assigned(int dpd, string collectorSince, bool needsHandOver)
    {
        var status = Evaluate(TwoBroken, "2026-03-06 09:00:00", dpd, collectorSince: collectorSince);

        Assert.Equal(needsHandOver, status.NeedsHandOver);
        Assert.All(status.Promises, p => Assert.Equal(PromiseOutcome.Broken, p.Outcome));
    }

    [Fact]
    public void Without_a_collector_there_is_nobody_to_hand_over_from()
    {
        var status = Evaluate(TwoBroken, "2026-03-06 09:00:00", 20, collector: null, collectorSince: null);

        Assert.Equal((0, false), (status.BrokenPromisesWithCollector, status.NeedsHandOver));
    }

    [Fact]
    public void A_partially_kept_promise_is_not_a_broken_one()
    {
        var status = Evaluate(TwoBroken, "2026-03-06 09:00:00", 11, repayments: new Repayment("t1", 100m, Cst("2026-03-05 09:00:00")));

        Assert.Equal([PromiseOutcome.Broken, PromiseOutcome.PartiallyKept], status.Promises.Select(p => p.Outcome));
        Assert.False(status.NeedsHandOver);
    }

    public static TheoryData<string, string?, string?> Clocks => new()
    {
        // now, the loan's own next instant → the one clock (null: nothing left to do by time alone)
        { "2026-03-04 09:30:00", "2026-03-05 00:00:00", "2026-03-05 00:00:00" }, // P2's window ends 5 Mar 11:00, after midnight
        { "2026-03-05 09:30:00", "2026-03-06 00:00:00", "2026-03-05 11:00:00" }, // the window's end comes first
        { "2026-03-05 09:30:00", null, "2026-03-05 11:00:00" }, // a settled loan still decides its open promise
        { "2026-03-05 11:00:00", null, null }, // decided: nothing left
    };

    [Theory]
    [MemberData(nameof(Clocks))]
    public void The_loan_keeps_one_clock_the_earliest_of_its_own_instant_and_the_open_promise_window_end(string localNow, string? loanClock, string? expected)
    {
        var status = Evaluate([TwoBroken[1]], localNow, 3, loanClock: loanClock is null ? null : Cst(loanClock));

        Assert.Equal(expected is null ? null : Cst(expected), status.NextClockAt);
    }

    [Fact]
    public void The_open_promise_is_the_one_not_yet_decided()
    {
        Assert.Equal("P2", LoanCollections.OpenPromise(TwoBroken, [], Cst("2026-03-04 12:00:00"), Rules)?.PromiseId);
        Assert.Null(LoanCollections.OpenPromise(TwoBroken, [], Cst("2026-03-05 11:00:00"), Rules));
    }

    [Theory]
    [InlineData("2026-02-20 10:00:00", 600)] // before the due date: the unpaid rest of the next installment
    [InlineData("2026-03-24 12:00:00", 1_600)] // overdue: everything past its cut-off
    public void The_amount_due_is_what_is_overdue_or_else_the_rest_of_the_next_installment(string localNow, decimal due)
    {
        var schedule = LoanSchedule.Build(new LoanTerms(3_000m, 0m, 3, D("2026-01-23")));
        var status = LoanEvaluator.Evaluate(schedule, [new Repayment("t1", 400m, Cst("2026-02-13 10:00:00"))], Cst(localNow), OfficialCalendar, Clock, LoanDefaults);

        Assert.Equal(due, LoanCollections.AmountDue(status, schedule));
    }
}
