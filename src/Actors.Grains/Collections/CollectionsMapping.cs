using Actors.Contracts.Collections;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Actors.Domain.Collections;

namespace Actors.Grains.Collections;

/// <summary>Copies between the rules' records and the wire records; no decisions here.</summary>
internal static class CollectionsMapping
{
    public static PromiseStatus ToStatus(this PromiseOutcome outcome) => outcome switch
    {
        PromiseOutcome.Open => PromiseStatus.Open,
        PromiseOutcome.Kept => PromiseStatus.Kept,
        PromiseOutcome.PartiallyKept => PromiseStatus.PartiallyKept,
        PromiseOutcome.Broken => PromiseStatus.Broken,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static PromiseOutcome ToOutcome(this PromiseStatus status) => status switch
    {
        PromiseStatus.Open => PromiseOutcome.Open,
        PromiseStatus.Kept => PromiseOutcome.Kept,
        PromiseStatus.PartiallyKept => PromiseOutcome.PartiallyKept,
        PromiseStatus.Broken => PromiseOutcome.Broken,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static BoardLoan ToBoardLoan(this LoanCollectionsSummary s) => new(
        s.LoanId, s.ClientId, s.RoomId, s.Stage, s.Outstanding, s.OverdueAmount, s.StageEnteredAt,
        [.. s.CallsToday.Select(c => new BoardCall(c.At, c.CollectorId, c.RoomId, c.Outcome.IsRightPartyContact()))],
        [.. s.Promises.Select(p => new BoardPromise(p.PromiseId, p.CollectorId, p.RoomId, p.Amount, p.MadeAt, p.PromisedFor, p.Status.ToOutcome(), p.Paid, p.ResolvedAt))],
        [.. s.CollectedToday.Select(c => new BoardCollection(c.TransactionId, c.At, c.Amount, c.CollectorId, c.RoomId))]);

    public static WorklistLoan ToWorklistLoan(this LoanCollectionsSummary s) => new(
        s.LoanId, s.ClientId, s.Stage, s.DaysPastDue, s.AmountDue, s.OnReminderList, s.NextDueDate, s.NeedsHandOver,
        [.. s.CallsToday.Select(c => new WorklistCall(c.At, c.Number, c.Outcome))],
        s.Promises.Where(p => p.Status == PromiseStatus.Open)
            .Select(p => new PromiseToPay(p.PromiseId, p.Amount, p.PromisedFor, p.MadeAt, p.CollectorId, RepaymentsBefore: 0)).FirstOrDefault(),
        s.ReminderProvisional);

    public static WorkItemView ToView(this WorkItem i) =>
        new(i.Kind, i.LoanId, i.ClientId, i.Stage, i.DaysPastDue, i.Amount, i.DueAt, i.CallsToday, i.NumbersTriedToday, i.NeedsHandOver, i.ReminderProvisional);

    public static StageTotals ToView(this StageFigures f) => new(f.Stage, f.Loans, f.Outstanding, f.Overdue, f.EnteredToday);

    public static PromiseView ToView(this PromiseLine p) =>
        new(p.LoanId, p.ClientId, p.Promise.CollectorId, p.Promise.Amount, p.Promise.PromisedFor, p.Promise.Outcome.ToStatus(), p.Promise.Paid);

    public static PromiseKeepingView ToView(this PromiseKeeping k) => new(k.Kept, k.PartiallyKept, k.Broken, k.KeptRate);

    /// <summary>The collector's row under their registered name (their id when they are not on the register).</summary>
    public static CollectorResults ToView(this CollectorFigures f, ManagerSnapshot? staff) => new(
        f.CollectorId, staff?.Name ?? f.CollectorId, staff?.NameZh, f.Calls, f.RightPartyContacts, f.Promises, f.Collected,
        f.PromisesDecided.ToView(), f.DailyTarget, f.TargetShare);
}
