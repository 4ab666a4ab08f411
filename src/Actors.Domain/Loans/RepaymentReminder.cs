using Actors.Domain.Calendar;

namespace Actors.Domain.Loans;

public static class RepaymentReminder
{
    /// <summary>The n-th working day before the due date (due date not counted): holidays move it earlier.</summary>
    /// <remarks>Counting working days backwards, rather than calendar days, is what gives 100% coverage over long holidays.</remarks>
    public static DateOnly ReminderDate(DateOnly dueDate, WorkingCalendar calendar, LoanRules rules) =>
        calendar.WorkingDaysBefore(dueDate, rules.ReminderWorkingDays);

    /// <summary>
    /// The calendar years the reminder of <paramref name="dueDate"/> was counted over: a change to any of them may move it
    /// (due Tuesday 5 January 2027 → reminder counted back over 2027 and 2026).
    /// </summary>
    public static IReadOnlyList<int> YearsCounted(DateOnly dueDate, WorkingCalendar calendar, LoanRules rules) =>
        [.. WorkingCalendar.YearsOf(ReminderDate(dueDate, calendar, rules), dueDate.AddDays(-1))];

    /// <summary>
    /// A reminder counted over a day of a year with no calendar loaded is provisional: it was counted Monday–Friday and
    /// moves when that year's calendar arrives.
    /// </summary>
    public static bool IsProvisional(DateOnly dueDate, WorkingCalendar calendar, LoanRules rules) =>
        !calendar.CoversAll(ReminderDate(dueDate, calendar, rules), dueDate.AddDays(-1));
}
