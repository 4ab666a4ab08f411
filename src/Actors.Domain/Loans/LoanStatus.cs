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
    /// the next reminder date's start, the next cut-off, (while overdue) the next local midnight, or the instant of a repayment
    /// dated ahead (accepted within the clock skew), which counts only from then. Null when settled and nothing is dated ahead.
    /// </summary>
    /// <remarks>
    /// Pure: the same inputs give the same status, so a grain can re-derive it after any event or restart.
    /// A transaction id seen twice counts once (deliveries may repeat, brief §6). The schedule must be in due-date order.
    /// </remarks>
    public static LoanStatus Evaluate(
        IReadOnlyList<Installment> schedule,
        IReadOnlyList<Repayment> repayments,
        DateTimeOffset now,
        WorkingCalendar calendar,
        BusinessClock clock,
        LoanRules rules)
    {
        var ledger = RepaymentLedger.Empty(schedule);
        var unapplied = 0m;
        foreach (var repayment in ReceivedBy(repayments, now))
            unapplied += ledger.Apply(repayment.Amount);

        var first = ledger.OldestUnpaid;
        var dueAhead = DatedAhead(repayments, now);
        if (first == schedule.Count)
            return new LoanStatus(LoanStage.Settled, 0, 0m, 0m, null, null, null, null, false, ledger.Paid, unapplied, dueAhead);

        DateTimeOffset CutOff(int index) => clock.At(schedule[index].DueDate, rules.CutOff);

        // Unpaid installments are a suffix of the schedule (oldest first), and those past their cut-off lead it.
        var outstanding = 0m;
        var overdueAmount = 0m;
        var firstNotYetDue = -1;
        for (var i = first; i < schedule.Count; i++)
        {
            var unpaid = ledger.UnpaidOf(i);
            outstanding += unpaid;
            if (firstNotYetDue < 0 && now >= CutOff(i))
                overdueAmount += unpaid;
            else if (firstNotYetDue < 0)
                firstNotYetDue = i;
        }

        var today = clock.DateOf(now);
        var oldest = schedule[first];
        var overdue = firstNotYetDue != first;
        var daysPastDue = overdue ? Delinquency.DaysPastDue(oldest.DueDate, today) : 0;

        // Overdue installments are worked by collections, so only a loan that is not overdue sits on the reminder list;
        // it stays there from the reminder date until the installment is paid.
        var reminderDate = RepaymentReminder.ReminderDate(oldest.DueDate, calendar, rules);
        var onReminderList = !overdue && reminderDate <= today;

        var nextClockAt = Earliest(now,
            clock.StartOf(reminderDate),
            firstNotYetDue >= 0 ? CutOff(firstNotYetDue) : null,
            overdue ? clock.StartOf(today.AddDays(1)) : null,
            dueAhead);

        return new LoanStatus(
            Delinquency.StageOf(daysPastDue, onReminderList, rules),
            daysPastDue,
            outstanding,
            overdueAmount,
            oldest.Number,
            oldest.DueDate,
            oldest.DueDate,
            reminderDate,
            onReminderList,
            ledger.Paid,
            unapplied,
            nextClockAt);
    }

    /// <summary>Repayments received by <paramref name="now"/>, in time order (ties by transaction id), each id once.</summary>
    private static IEnumerable<Repayment> ReceivedBy(IReadOnlyList<Repayment> repayments, DateTimeOffset now)
    {
        var received = new List<Repayment>(repayments.Count);
        var sorted = true;
        foreach (var repayment in repayments)
        {
            if (repayment.At > now)
                continue;
            if (repayment.Amount <= 0)
                throw new ArgumentException($"Repayment {repayment.TransactionId} has amount {repayment.Amount}; repayments are positive.", nameof(repayments));
            if (received.Count > 0 && InTimeOrder.Compare(received[^1], repayment) > 0)
                sorted = false;
            received.Add(repayment);
        }
        // Grains keep repayments in arrival order, which is nearly always time order: sort only when needed.
        if (!sorted)
            received.Sort(InTimeOrder);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return received.Where(r => seen.Add(r.TransactionId));
    }

    /// <summary>The earliest instant after now at which a repayment dated ahead starts to count.</summary>
    private static DateTimeOffset? DatedAhead(IReadOnlyList<Repayment> repayments, DateTimeOffset now)
    {
        DateTimeOffset? earliest = null;
        foreach (var repayment in repayments)
            if (repayment.At > now && (earliest is null || repayment.At < earliest))
                earliest = repayment.At;
        return earliest;
    }

    private static readonly Comparer<Repayment> InTimeOrder = Comparer<Repayment>.Create((a, b) =>
    {
        var byTime = a.At.CompareTo(b.At);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.TransactionId, b.TransactionId);
    });

    private static DateTimeOffset? Earliest(DateTimeOffset now, params DateTimeOffset?[] candidates)
    {
        DateTimeOffset? earliest = null;
        foreach (var candidate in candidates)
            if (candidate > now && (earliest is null || candidate < earliest))
                earliest = candidate;
        return earliest;
    }
}
