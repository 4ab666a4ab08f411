using Actors.Domain.Loans;

namespace Actors.Domain.Collections;

/// <summary>What a collector does next on a loan, most urgent kind first.</summary>
public enum WorkKind { PromiseFollowUp, Reminder, Call }

/// <summary>A call made today on a loan, as the worklist needs it.</summary>
public sealed record WorklistCall(DateTimeOffset At, NumberType Number, CallOutcome Outcome);

/// <summary>One of the collector's loans as the worklist needs it.</summary>
public sealed record WorklistLoan(
    string LoanId,
    string ClientId,
    LoanStage Stage,
    int DaysPastDue,
    decimal AmountDue,
    bool OnReminderList,
    DateOnly? NextDueDate,
    bool NeedsHandOver,
    IReadOnlyList<WorklistCall> Calls,
    PromiseToPay? OpenPromise,
    bool ReminderProvisional = false);

public sealed record WorkItem(
    WorkKind Kind,
    string LoanId,
    string ClientId,
    LoanStage Stage,
    int DaysPastDue,
    decimal Amount,
    DateTimeOffset? DueAt,
    int CallsToday,
    int NumbersTriedToday,
    bool NeedsHandOver,
    bool ReminderProvisional = false);

public static class CollectorWorklist
{
    /// <summary>
    /// A collector's work for today, in this order:
    /// promises whose follow-up window is open (by promised instant); reminders due today: loans on the reminder list not
    /// yet reached today (by due date; "reminded again until they pay"); overdue loans to call: no right-party contact today
    /// and no open promise being waited on (most days past due first).
    /// </summary>
    public static IReadOnlyList<WorkItem> Build(IEnumerable<WorklistLoan> loans, DateTimeOffset now, BusinessClock clock, LoanRules loanRules, CollectionsRules rules)
    {
        var today = clock.DateOf(now);
        var followUps = new List<WorkItem>();
        var reminders = new List<WorkItem>();
        var calls = new List<WorkItem>();
        foreach (var loan in loans)
        {
            var callsToday = loan.Calls.Where(c => clock.DateOf(c.At) == today).ToList();
            var reachedToday = callsToday.Any(c => c.Outcome.IsRightPartyContact());
            WorkItem Item(WorkKind kind, decimal amount, DateTimeOffset? dueAt) => new(
                kind, loan.LoanId, loan.ClientId, loan.Stage, loan.DaysPastDue, amount, dueAt,
                callsToday.Count, callsToday.Select(c => c.Number).Distinct().Count(), loan.NeedsHandOver,
                kind == WorkKind.Reminder && loan.ReminderProvisional);

            if (loan.OpenPromise is { } promise)
            {
                if (PromiseFollowUp.WindowOf(promise.PromisedFor, rules).IsOpenAt(now))
                    followUps.Add(Item(WorkKind.PromiseFollowUp, promise.Amount, promise.PromisedFor));
                continue;
            }
            if (reachedToday)
                continue;
            if (loan.OnReminderList)
                reminders.Add(Item(WorkKind.Reminder, loan.AmountDue, loan.NextDueDate is { } due ? clock.At(due, loanRules.CutOff) : null));
            else if (loan.DaysPastDue > 0)
                calls.Add(Item(WorkKind.Call, loan.AmountDue, null));
        }
        return
        [
            .. followUps.OrderBy(i => i.DueAt).ThenBy(i => i.LoanId, StringComparer.Ordinal),
            .. reminders.OrderBy(i => i.DueAt).ThenBy(i => i.LoanId, StringComparer.Ordinal),
            .. calls.OrderByDescending(i => i.DaysPastDue).ThenBy(i => i.LoanId, StringComparer.Ordinal),
        ];
    }
}
