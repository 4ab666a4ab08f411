using Actors.Domain.Loans;

namespace Actors.Domain.Collections;

public static class StageEntry
{
    /// <summary>
    /// The instant a loan entered its current stage when time alone moved it there: the reminder date's start (Pre-due),
    /// the cut-off of the oldest unpaid due date (M1), or the local midnight on which DPD passed the previous stage's bound
    /// (M2–M4). Null for stages time cannot enter (Current, Settled). A stage entered because of a payment began at the
    /// payment, which only the grain knows.
    /// </summary>
    /// <remarks>So "entered today" stays true to the rule even when a clock tick arrives late (after a restart, say).</remarks>
    public static DateTimeOffset? ByTime(LoanStatus status, BusinessClock clock, LoanRules rules)
    {
        DateTimeOffset? DaysAfterDue(int days) => status.OldestUnpaidDueDate is { } due ? clock.StartOf(due.AddDays(days)) : null;
        return status.Stage switch
        {
            LoanStage.PreDue => status.ReminderDate is { } reminder ? clock.StartOf(reminder) : null,
            LoanStage.M1 => status.OldestUnpaidDueDate is { } due ? clock.At(due, rules.CutOff) : null,
            LoanStage.M2 => DaysAfterDue(rules.M1MaxDays + 1),
            LoanStage.M3 => DaysAfterDue(rules.M2MaxDays + 1),
            LoanStage.M4 => DaysAfterDue(rules.M3MaxDays + 1),
            _ => null,
        };
    }
}
