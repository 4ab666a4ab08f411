using Actors.Contracts.Collections;
using Actors.Contracts.Loans;
using Actors.Domain.Collections;

namespace Actors.Hosting.Demo.Scenes;

/// <summary>
/// What borrowers and collectors do to a loan, as the core banking system and the collections API would tell its grain:
/// a repayment, a call with its outcome, a promise to pay. Each answers a line for the day's log. One per day, so the
/// day's transaction ids never repeat.
/// </summary>
internal sealed class LoanWork(DemoDay day)
{
    private static readonly (NumberType, double)[] NumberMix = [(NumberType.Mobile, 75), (NumberType.Work, 15), (NumberType.Home, 10)];

    private int _payments;

    /// <summary>Mobile 70–80%, work 10–15%, home 5–10% (brief §5).</summary>
    public NumberType AnyNumber() => day.Weighted(NumberMix);

    public static string Borrower(string loanId) => $"borrower {loanId}";

    /// <summary>Pays <paramref name="amount"/>, or when null whatever has fallen due by today and is unpaid.</summary>
    public async Task<string> Pay(string loanId, decimal? amount, DateTimeOffset at)
    {
        var loan = day.Grains.GetGrain<ILoanGrain>(loanId);
        var pay = amount ?? DueByToday(await loan.GetSnapshot());
        if (pay <= 0)
        {
            return "nothing due";
        }
        var outcome = await loan.ApplyRepayment(new($"demo-{day.Stamp}-{loanId}-{++_payments}", loanId, pay, at));
        return $"{DemoDay.Money(pay)}: {outcome.Status}{(outcome.Replayed ? " (replayed)" : "")}";
    }

    public async Task<string> Call(string loanId, string collector, NumberType number, CallOutcome outcome, string note, DateTimeOffset at)
    {
        var result = await day.Grains.GetGrain<ILoanGrain>(loanId).LogCall(new CallRecord(at, collector, number, outcome, note));
        return result.Value is { } loan ? $"{number} {outcome}: {loan.Stage}, DPD {loan.DaysPastDue}" : $"refused: {result.Refusal?.Detail.En}";
    }

    /// <summary>
    /// The borrower answers and promises to pay what is overdue by <paramref name="promisedFor"/>; if they will keep it,
    /// the repayment is planned at <paramref name="payAt"/>. Nothing overdue any more: no promise.
    /// </summary>
    public async Task<string> Promise(string loanId, string collector, NumberType number, DateTimeOffset promisedFor, DateTimeOffset? payAt, DateTimeOffset at)
    {
        var loan = day.Grains.GetGrain<ILoanGrain>(loanId);
        var amount = (await loan.GetSnapshot())?.OverdueAmount ?? 0m;
        if (amount <= 0)
        {
            return await Call(loanId, collector, number, CallOutcome.RightPartyContact, "nothing overdue any more", at);
        }
        var call = await Call(loanId, collector, number, CallOutcome.PromiseToPay, $"promises {DemoDay.Money(amount)} by {promisedFor.ToOffset(day.Rules.Clock.UtcOffset):HH:mm}", at);
        var result = await loan.RecordPromise(new PromiseRecord(amount, promisedFor, collector));
        if (result.Value is not { } promise)
        {
            return $"{call}; promise refused: {result.Refusal?.Detail.En}";
        }
        if (payAt is { } when)
        {
            day.Plan(when, Borrower(loanId), "repay", $"for {promise.PromiseId}", () => Pay(loanId, promise.Amount, when));
        }
        return $"{call}; {promise.PromiseId} {DemoDay.Money(promise.Amount)} for {promise.PromisedFor.ToOffset(day.Rules.Clock.UtcOffset):HH:mm}";
    }

    /// <summary>The instant rounded up to the next five minutes: people promise "by eight", not "by 19:57:13".</summary>
    public static DateTimeOffset RoundedUp(DateTimeOffset at)
    {
        var step = TimeSpan.FromMinutes(5).Ticks;
        return new DateTimeOffset((at.UtcTicks + step - 1) / step * step, TimeSpan.Zero);
    }

    private decimal DueByToday(LoanSnapshot? loan) => loan?.Installments.Where(i => i.DueDate <= day.Date).Sum(i => i.Amount - i.Paid) ?? 0m;
}
