using Actors.Domain.Calendar;

namespace Actors.Domain.Loans;

/// <summary>A loan as it stands at one instant, derived from its schedule and repayments.</summary>
public sealed record LoanStatus(
    LoanStage Stage,
    int DaysPastDue,
    decimal Outstanding,
    decimal OverdueAmount,
    int? OldestUnpaidInstallment,
    DateOnly? OldestUnpaidDueDate,
    DateOnly? NextDueDate,
    DateOnly? ReminderDate,
    bool OnReminderList,
    IReadOnlyList<decimal> PaidPerInstallment,
    decimal Unapplied,
    DateTimeOffset? NextClockAt);

public static class LoanEvaluator
{
    /// <summary>
    /// The loan at <paramref name="now"/>: repayments with At &lt;= now are allocated in time order, oldest installment first;
    /// an installment not fully paid by its cut-off (due date at rules.CutOff local) is overdue from that instant.
    /// NextClockAt is the earliest instant after now when the status can change without a new repayment:
    /// the next reminder date's start, the next cut-off, or (while overdue) the next local midnight. Null when settled.
    /// </summary>
    public static LoanStatus Evaluate(
        IReadOnlyList<Installment> schedule,
        IReadOnlyList<Repayment> repayments,
        DateTimeOffset now,
        WorkingCalendar calendar,
        BusinessClock clock,
        LoanRules rules) => throw new NotImplementedException();
}
