namespace Actors.Domain.Loans;

public static class Delinquency
{
    /// <summary>Calendar days from the oldest unpaid due date to today, at least 1 once overdue.</summary>
    public static int DaysPastDue(DateOnly oldestUnpaidDueDate, DateOnly today) => throw new NotImplementedException();

    /// <summary>Stage from DPD; with DPD 0, PreDue while an installment is inside its reminder window.</summary>
    public static LoanStage StageOf(int daysPastDue, bool inReminderWindow, LoanRules rules) => throw new NotImplementedException();
}
