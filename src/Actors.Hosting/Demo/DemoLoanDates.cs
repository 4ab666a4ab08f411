using Actors.Domain;
using Actors.Domain.Calendar;
using Actors.Domain.Loans;

namespace Actors.Hosting.Demo;

/// <summary>
/// Dates for the demo's loans that fall due on a simulated day, chosen by the loan rules themselves. An installment falls
/// due on the disbursement's day of the month (brief §5), and no loan is disbursed after the 25th or on a day off: so a
/// day whose date one month back was a weekend needs a loan disbursed two or more months back, and a day after the 25th
/// can have no installment due at all.
/// </summary>
public static class DemoLoanDates
{
    /// <summary>How far back a demo loan may have been disbursed: its term.</summary>
    public const int TermMonths = 12;

    /// <summary>The latest valid disbursement date from which an installment falls due on <paramref name="dueOn"/>; null when there is none.</summary>
    public static DateOnly? DisbursementFor(DateOnly dueOn, WorkingCalendar calendar, LoanRules rules)
    {
        for (var months = 1; months <= TermMonths; months++)
        {
            var disbursedOn = dueOn.AddMonths(-months);
            if (LoanSchedule.DueDate(disbursedOn, months) == dueOn && LoanSchedule.RefusalReason(disbursedOn, calendar, rules) is null)
            {
                return disbursedOn;
            }
        }
        return null;
    }

    /// <summary>
    /// <paramref name="day"/> itself when an installment can fall due on it, else the nearest earlier day that can (its
    /// loans then start the day overdue, for the collectors); null when no day in the month before can.
    /// </summary>
    public static (DateOnly DueOn, DateOnly DisbursedOn)? NearestDueDate(DateOnly day, WorkingCalendar calendar, LoanRules rules)
    {
        for (var back = 0; back <= 31; back++)
        {
            var dueOn = day.AddDays(-back);
            if (DisbursementFor(dueOn, calendar, rules) is { } disbursedOn)
            {
                return (dueOn, disbursedOn);
            }
        }
        return null;
    }
}
