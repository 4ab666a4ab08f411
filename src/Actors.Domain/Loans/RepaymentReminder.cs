using Actors.Domain.Calendar;

namespace Actors.Domain.Loans;

public static class RepaymentReminder
{
    /// <summary>The n-th working day before the due date (due date not counted): holidays move it earlier.</summary>
    /// <remarks>Counting working days backwards, rather than calendar days, is what gives 100% coverage over long holidays.</remarks>
    public static DateOnly ReminderDate(DateOnly dueDate, WorkingCalendar calendar, LoanRules rules) =>
        calendar.WorkingDaysBefore(dueDate, rules.ReminderWorkingDays);
}
