using Actors.Domain.Calendar;

namespace Actors.Domain.Loans;

public static class RepaymentReminder
{
    /// <summary>The n-th working day before the due date (due date not counted): holidays move it earlier.</summary>
    public static DateOnly ReminderDate(DateOnly dueDate, WorkingCalendar calendar, LoanRules rules) => throw new NotImplementedException();
}
