using Actors.Domain.Collections;
using Actors.Domain.Loans;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Collections;

public class PromiseFollowUpTests
{
    private static readonly CollectionsRules Rules = new();

    /// <summary>Made Monday 2 Mar 2026 10:00 CST: 1,000.00 promised for Wednesday 4 Mar 15:00, so the window is 14:00–16:00.</summary>
    private static readonly PromiseToPay Promise = new("P1", 1_000m, Cst("2026-03-04 15:00:00"), Cst("2026-03-02 10:00:00"), "collector-1", RepaymentsBefore: 0);

    private static Repayment Paid(string id, decimal amount, string localAt) => new(id, amount, Cst(localAt));

    [Theory]
    [InlineData("2026-03-04 13:59:59", false)]
    [InlineData("2026-03-04 14:00:00", true)] // an hour before the promised instant
    [InlineData("2026-03-04 15:59:59", true)]
    [InlineData("2026-03-04 16:00:00", false)] // an hour after: decided, no longer a follow-up
    public void The_follow_up_window_is_an_hour_either_side_of_the_promised_instant(string localNow, bool open)
    {
        var window = PromiseFollowUp.WindowOf(Promise.PromisedFor, Rules);

        Assert.Equal((Cst("2026-03-04 14:00:00"), Cst("2026-03-04 16:00:00")), (window.From, window.Until));
        Assert.Equal(open, window.IsOpenAt(Cst(localNow)));
    }

    [Fact]
    public void The_window_follows_the_configured_minutes()
    {
        var window = PromiseFollowUp.WindowOf(Promise.PromisedFor, new CollectionsRules { FollowUpWindowMinutes = 30 });

        Assert.Equal((Cst("2026-03-04 14:30:00"), Cst("2026-03-04 15:30:00")), (window.From, window.Until));
    }

    public static TheoryData<string, decimal[], string[], PromiseOutcome, decimal, string?> Outcomes => new()
    {
        // now, repayment amounts, their local instants → outcome, paid towards the promise, decided at
        { "2026-03-04 15:59:59", [], [], PromiseOutcome.Open, 0m, null },
        { "2026-03-04 16:00:00", [], [], PromiseOutcome.Broken, 0m, "2026-03-04 16:00:00" }, // nothing by the window's end
        { "2026-03-05 09:00:00", [], [], PromiseOutcome.Broken, 0m, "2026-03-04 16:00:00" }, // decided at the rule's instant, not when looked at
        { "2026-03-03 12:00:00", [1_000m], ["2026-03-03 11:00:00"], PromiseOutcome.Kept, 1_000m, "2026-03-03 11:00:00" }, // early is kept at once
        { "2026-03-04 15:30:00", [1_200m], ["2026-03-04 15:30:00"], PromiseOutcome.Kept, 1_200m, "2026-03-04 15:30:00" },
        { "2026-03-04 16:00:00", [1_000m], ["2026-03-04 16:00:00"], PromiseOutcome.Kept, 1_000m, "2026-03-04 16:00:00" }, // the window's last instant counts
        { "2026-03-04 16:00:01", [1_000m], ["2026-03-04 16:00:01"], PromiseOutcome.Broken, 0m, "2026-03-04 16:00:00" }, // a second late
        { "2026-03-04 12:00:00", [400m], ["2026-03-03 09:00:00"], PromiseOutcome.Open, 400m, null }, // partial: the rest may still come
        { "2026-03-04 16:00:00", [400m], ["2026-03-03 09:00:00"], PromiseOutcome.PartiallyKept, 400m, "2026-03-04 16:00:00" },
        { "2026-03-04 15:00:00", [600m, 400m], ["2026-03-03 09:00:00", "2026-03-04 14:59:00"], PromiseOutcome.Kept, 1_000m, "2026-03-04 14:59:00" },
        { "2026-03-04 12:00:00", [1_000m], ["2026-03-04 12:00:01"], PromiseOutcome.Open, 0m, null }, // not yet received
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void A_promise_is_kept_partially_kept_or_broken_by_the_payments_between_its_making_and_its_window_end(
        string localNow, decimal[] amounts, string[] instants, PromiseOutcome outcome, decimal paid, string? resolvedAt)
    {
        var repayments = amounts.Select((a, i) => Paid($"t{i}", a, instants[i])).ToList();

        var evaluation = PromiseFollowUp.Evaluate(Promise, repayments, Cst(localNow), Rules);

        Assert.Equal((outcome, paid, resolvedAt is null ? (DateTimeOffset?)null : Cst(resolvedAt)),
            (evaluation.Outcome, evaluation.Paid, evaluation.ResolvedAt));
    }

    [Fact]
    public void Repayments_the_loan_had_before_the_promise_was_made_never_count_even_at_the_same_instant()
    {
        var before = Paid("t0", 1_000m, "2026-03-02 10:00:00");
        var after = Paid("t1", 300m, "2026-03-02 10:00:00");

        var evaluation = PromiseFollowUp.Evaluate(Promise with { RepaymentsBefore = 1 }, [before, after], Cst("2026-03-04 16:00:00"), Rules);

        Assert.Equal((PromiseOutcome.PartiallyKept, 300m), (evaluation.Outcome, evaluation.Paid));
    }

    [Fact]
    public void A_repayment_delivered_twice_counts_once()
    {
        var twice = new[] { Paid("t1", 600m, "2026-03-04 15:00:00"), Paid("t1", 600m, "2026-03-04 15:00:00") };

        var evaluation = PromiseFollowUp.Evaluate(Promise, twice, Cst("2026-03-04 16:00:00"), Rules);

        Assert.Equal((PromiseOutcome.PartiallyKept, 600m), (evaluation.Outcome, evaluation.Paid));
    }

    public static TheoryData<decimal, string, decimal, bool, string?> Refusals => new()
    {
        // amount, promised for (local), outstanding, another promise open → field refused (null: accepted)
        { 1_000m, "2026-03-04 15:00:00", 5_000m, false, null },
        { 5_000m, "2026-03-02 10:00:00", 5_000m, false, null }, // the whole balance, promised for right now
        { 0m, "2026-03-04 15:00:00", 5_000m, false, "amount" },
        { 5_000.01m, "2026-03-04 15:00:00", 5_000m, false, "amount" },
        { 100m, "2026-03-04 15:00:00", 0m, false, "amount" }, // settled loan
        { 1_000m, "2026-03-02 09:59:59", 5_000m, false, "promisedFor" },
        { 1_000m, "2026-03-04 15:00:00", 5_000m, true, "promisedFor" }, // one open promise at a time
        { 1_000m, "2026-05-01 10:00:00", 5_000m, false, null }, // 60 days ahead: the furthest a promise may be
        { 1_000m, "2026-05-01 10:00:01", 5_000m, false, "promisedFor" }, // beyond: a renegotiation, not a promise
        { 1_000m, "9999-12-31 00:00:00", 5_000m, false, "promisedFor" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_promise_needs_a_positive_amount_within_the_balance_a_future_instant_and_no_other_open_promise(
        decimal amount, string promisedFor, decimal outstanding, bool anotherOpen, string? refusedField)
    {
        var refusal = PromiseFollowUp.RefusalReason(amount, Cst(promisedFor), Cst("2026-03-02 10:00:00"), outstanding, anotherOpen ? Promise : null, Rules);

        Assert.Equal(refusedField, refusal?.Field);
    }
}
