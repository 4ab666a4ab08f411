using Actors.Domain;
using Actors.Domain.Calendar;
using Actors.Domain.Loans;

namespace Actors.Browser.Tests.Support;

/// <summary>
/// Business time for the collections room tests: China Standard Time, the shipped working calendar and the default
/// loan rules, so that the loans the tests register are ones the bank would disburse.
/// </summary>
public static class RoomClock
{
    public static readonly BusinessClock Cst = BusinessClock.ChinaStandardTime;
    public static readonly LoanRules Rules = new();
    public static readonly WorkingCalendar Calendar = WorkingCalendar.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "calendars"));

    /// <summary>
    /// Where the room's fake clock starts: 17:50 on a day that can be a first due date, ten minutes before its cut-off,
    /// two weeks or more before today. Behind real time on purpose: the API checks "not in the future" against real time
    /// while the grains use the business clock, so every instant the tests send must be past on both.
    /// </summary>
    public static DateTimeOffset Start(DateTimeOffset realNow)
    {
        for (var day = Cst.DateOf(realNow).AddDays(-14); ; day = day.AddDays(-1))
        {
            if (FirstDueDateOf(day) is not null)
            {
                return Cst.At(day, new TimeOnly(17, 50));
            }
        }
    }

    public static DateOnly Today(TimeProvider clock) => Cst.DateOf(clock.GetUtcNow());

    public static DateTimeOffset CutOffOn(DateOnly due) => Cst.At(due, Rules.CutOff);

    /// <summary>The disbursement day whose first installment falls due on <paramref name="due"/>, if the bank could disburse that day.</summary>
    public static DateOnly? FirstDueDateOf(DateOnly due)
    {
        var disbursed = due.AddMonths(-1);
        return disbursed.AddMonths(1) == due && LoanSchedule.RefusalReason(disbursed, Calendar, Rules) is null ? disbursed : null;
    }

    /// <summary>The first day from <paramref name="from"/> on that can be a first due date, and its disbursement day.</summary>
    public static (DateOnly Due, DateOnly Disbursed) NextFirstDueDate(DateOnly from)
    {
        for (var due = from; ; due = due.AddDays(1))
        {
            if (FirstDueDateOf(due) is { } disbursed)
            {
                return (due, disbursed);
            }
        }
    }

    /// <summary>
    /// Disbursement days whose first installment is due after today but already on the reminder list (3 working days
    /// ahead, earlier over holidays): loans that are Pre-due today.
    /// </summary>
    public static IEnumerable<DateOnly> DisbursedForPreDue(DateOnly today)
    {
        for (var due = today.AddDays(1); due <= today.AddDays(10); due = due.AddDays(1))
        {
            if (FirstDueDateOf(due) is { } disbursed && RepaymentReminder.ReminderDate(due, Calendar, Rules) <= today)
            {
                yield return disbursed;
            }
        }
    }

    /// <summary>A disbursement day whose first installment fell due <paramref name="daysPastDue"/> days before today, or the nearest later one.</summary>
    public static DateOnly DisbursedForDaysPastDue(DateOnly today, int daysPastDue) => NextFirstDueDate(today.AddDays(-daysPastDue)).Disbursed;
}
