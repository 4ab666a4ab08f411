namespace Actors.Domain.Loans;

public static class Delinquency
{
    /// <summary>Calendar days from the oldest unpaid due date to today, at least 1 once overdue.</summary>
    /// <remarks>"At least 1" makes the evening of the due date (after the cut-off) and the next day both show 1 (brief §7).</remarks>
    public static int DaysPastDue(DateOnly oldestUnpaidDueDate, DateOnly today) =>
        Math.Max(1, today.DayNumber - oldestUnpaidDueDate.DayNumber);

    /// <summary>Stage from DPD; with DPD 0, PreDue while an installment is inside its reminder window.</summary>
    public static LoanStage StageOf(int daysPastDue, bool inReminderWindow, LoanRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysPastDue);
        return daysPastDue switch
        {
            0 => inReminderWindow ? LoanStage.PreDue : LoanStage.Current,
            _ when daysPastDue <= rules.M1MaxDays => LoanStage.M1,
            _ when daysPastDue <= rules.M2MaxDays => LoanStage.M2,
            _ when daysPastDue <= rules.M3MaxDays => LoanStage.M3,
            _ => LoanStage.M4,
        };
    }
}
