using Actors.Domain.Loans;

namespace Actors.Domain.Collections;

/// <summary>
/// A borrower's promise to pay an amount by an instant, taken by a collector at <see cref="MadeAt"/>, when the loan had
/// already received <see cref="RepaymentsBefore"/> repayments (those never count towards it).
/// </summary>
public sealed record PromiseToPay(string PromiseId, decimal Amount, DateTimeOffset PromisedFor, DateTimeOffset MadeAt, string CollectorId, int RepaymentsBefore);

/// <summary>Open until decided; Kept as soon as the payments reach the amount; otherwise decided at the end of the follow-up window.</summary>
public enum PromiseOutcome { Open, Kept, PartiallyKept, Broken }

/// <summary>Where a promise stands: what has been paid towards it and, once decided, the instant it was decided.</summary>
public sealed record PromiseEvaluation(PromiseOutcome Outcome, decimal Paid, DateTimeOffset? ResolvedAt);

/// <summary>The follow-up call is due from <see cref="From"/> (inclusive) until <see cref="Until"/> (exclusive); the promise is decided at Until.</summary>
public sealed record FollowUpWindow(DateTimeOffset From, DateTimeOffset Until)
{
    public bool IsOpenAt(DateTimeOffset now) => From <= now && now < Until;
}

public static class PromiseFollowUp
{
    public static FollowUpWindow WindowOf(DateTimeOffset promisedFor, CollectionsRules rules) =>
        new(promisedFor - rules.FollowUpWindow, promisedFor + rules.FollowUpWindow);

    /// <summary>
    /// Counts the repayments that reached the loan after the promise was made (<paramref name="repayments"/> is in arrival
    /// order) and are dated by the end of its window (inclusive) and by now. Kept the moment they reach the amount (decided
    /// at the instant of the payment that did it). Otherwise nothing is final before the window ends: at its end a promise
    /// with some payment is PartiallyKept, with none Broken. A partial payment stays Open until then because the rest may
    /// still come in time.
    /// </summary>
    /// <remarks>
    /// Arrival order, not timestamps, separates money paid before the promise from money paid for it: both can carry the
    /// same instant. Pure: a repayment delivered late but dated inside the window changes the answer, so a promise first
    /// found Broken becomes Kept or PartiallyKept when the money is shown to have arrived in time.
    /// </remarks>
    public static PromiseEvaluation Evaluate(PromiseToPay promise, IReadOnlyList<Repayment> repayments, DateTimeOffset now, CollectionsRules rules)
    {
        var window = WindowOf(promise.PromisedFor, rules);
        var seen = new HashSet<string>(repayments.Take(promise.RepaymentsBefore).Select(r => r.TransactionId), StringComparer.Ordinal);
        var paid = 0m;
        DateTimeOffset? keptAt = null;
        var counted = repayments.Skip(promise.RepaymentsBefore)
            .Where(r => r.At <= window.Until && r.At <= now)
            .OrderBy(r => r.At).ThenBy(r => r.TransactionId, StringComparer.Ordinal);
        foreach (var repayment in counted)
        {
            if (!seen.Add(repayment.TransactionId))
                continue;
            paid += repayment.Amount;
            if (keptAt is null && paid >= promise.Amount)
                keptAt = repayment.At;
        }
        if (keptAt is not null)
            return new(PromiseOutcome.Kept, paid, keptAt);
        if (now < window.Until)
            return new(PromiseOutcome.Open, paid, null);
        return new(paid > 0 ? PromiseOutcome.PartiallyKept : PromiseOutcome.Broken, paid, window.Until);
    }

    /// <summary>Null when the promise may be recorded, else the field at fault and why.</summary>
    /// <remarks>One open promise at a time: payments would otherwise count towards two promises at once.</remarks>
    public static Refusal? RefusalReason(decimal amount, DateTimeOffset promisedFor, DateTimeOffset now, decimal outstanding, PromiseToPay? open,
        CollectionsRules rules)
    {
        if (amount <= 0)
            return Refusal.Invalid("amount", "must be greater than 0", "必须大于 0");
        if (outstanding <= 0)
            return Refusal.Invalid("amount", "the loan has nothing outstanding", "该贷款没有未还金额");
        if (amount > outstanding)
            return Refusal.Invalid("amount", $"is more than the {outstanding:0.00} outstanding on the loan", $"超过贷款未还金额 {outstanding:0.00}");
        if (promisedFor < now)
            return Refusal.Invalid("promisedFor", "is in the past", "已是过去的时间");
        if (promisedFor > now.AddDays(rules.MaxPromiseDaysAhead))
            return Refusal.Invalid("promisedFor", $"must be within {rules.MaxPromiseDaysAhead} days", $"必须在 {rules.MaxPromiseDaysAhead} 天之内");
        if (open is not null)
            return Refusal.Invalid("promisedFor",
                $"promise {open.PromiseId} for {open.PromisedFor:yyyy-MM-dd HH:mm zzz} is still open: follow it up first",
                $"承诺 {open.PromiseId}（{open.PromisedFor:yyyy-MM-dd HH:mm zzz}）尚未了结：请先跟进");
        return null;
    }
}
