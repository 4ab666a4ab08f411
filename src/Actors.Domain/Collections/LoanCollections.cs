using Actors.Domain.Loans;

namespace Actors.Domain.Collections;

/// <summary>A loan's collections standing at one instant: its promises evaluated (same order as given), the hand-over rule and its next clock.</summary>
public sealed record LoanCollectionsStatus(
    IReadOnlyList<PromiseEvaluation> Promises,
    int BrokenPromisesWithCollector,
    bool NeedsHandOver,
    DateTimeOffset? NextClockAt);

public static class LoanCollections
{
    /// <summary>
    /// Evaluates every promise at <paramref name="now"/>, counts the broken ones taken since the current collector was
    /// assigned (a new collector starts with a clean slate, so a hand-over is asked for once), and combines the loan's own
    /// next clock instant with the end of the earliest open follow-up window: the loan keeps ONE durable clock.
    /// </summary>
    public static LoanCollectionsStatus Evaluate(
        IReadOnlyList<PromiseToPay> promises,
        IReadOnlyList<Repayment> repayments,
        string? collectorId,
        DateTimeOffset? collectorSince,
        int daysPastDue,
        DateTimeOffset? loanNextClockAt,
        DateTimeOffset now,
        CollectionsRules rules)
    {
        var evaluations = promises.Select(p => PromiseFollowUp.Evaluate(p, repayments, now, rules)).ToList();
        var broken = collectorId is null ? 0 : promises.Where((p, i) =>
            evaluations[i].Outcome == PromiseOutcome.Broken && (collectorSince is null || p.MadeAt >= collectorSince)).Count();
        var windowEnds = promises.Where((_, i) => evaluations[i].Outcome == PromiseOutcome.Open)
            .Select(p => (DateTimeOffset?)PromiseFollowUp.WindowOf(p.PromisedFor, rules).Until);
        return new LoanCollectionsStatus(
            evaluations,
            broken,
            collectorId is not null && HandOver.IsRequired(daysPastDue, broken, rules),
            Clocks.Earliest(now, [loanNextClockAt, .. windowEnds]));
    }

    /// <summary>The promise still open at <paramref name="now"/>, if any.</summary>
    public static PromiseToPay? OpenPromise(IReadOnlyList<PromiseToPay> promises, IReadOnlyList<Repayment> repayments, DateTimeOffset now, CollectionsRules rules) =>
        promises.FirstOrDefault(p => PromiseFollowUp.Evaluate(p, repayments, now, rules).Outcome == PromiseOutcome.Open);

    /// <summary>What the borrower is asked to pay now: the overdue amount, or before that the unpaid part of the next installment.</summary>
    public static decimal AmountDue(LoanStatus status, IReadOnlyList<Installment> schedule)
    {
        if (status.OverdueAmount > 0)
            return status.OverdueAmount;
        if (status.OldestUnpaidInstallment is not { } number)
            return 0m;
        var index = number - schedule[0].Number;
        return schedule[index].Amount - status.PaidPerInstallment[index];
    }
}

public static class Clocks
{
    /// <summary>The earliest candidate strictly after now; null when there is none (nothing can change by time alone).</summary>
    public static DateTimeOffset? Earliest(DateTimeOffset now, IEnumerable<DateTimeOffset?> candidates)
    {
        DateTimeOffset? earliest = null;
        foreach (var candidate in candidates)
            if (candidate > now && (earliest is null || candidate < earliest))
                earliest = candidate;
        return earliest;
    }
}
