using Actors.Domain.Calendar;

namespace Actors.Domain.WorkOrders;

/// <summary>
/// When the work-order book's clocks fire: the monthly issue at 00:00 on the 1st (when the retail risk department's
/// month starts, like the other month-start jobs of brief §7), and the progress report on the 1st and the 15th at
/// 09:00, moved to the next working day when that day is not one (brief §7, our default).
/// </summary>
public static class WorkOrderCalendar
{
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly NextMonthStart(DateOnly today) => MonthOf(today).AddMonths(1);

    public static DateTimeOffset IssueAt(DateOnly monthStart, BusinessClock clock) => clock.StartOf(monthStart);

    /// <summary>The first nominal report date (a 1st or a 15th) whose report instant is after <paramref name="now"/>.</summary>
    public static DateOnly NextReportDate(DateTimeOffset now, BusinessClock clock, WorkingCalendar calendar, WorkOrderRules rules)
    {
        var month = MonthOf(clock.DateOf(now)).AddMonths(-1);
        while (true)
        {
            foreach (var date in new[] { month, month.AddDays(14) })
            {
                if (ReportAt(date, clock, calendar, rules) > now)
                {
                    return date;
                }
            }
            month = month.AddMonths(1);
        }
    }

    public static DateTimeOffset ReportAt(DateOnly nominal, BusinessClock clock, WorkingCalendar calendar, WorkOrderRules rules) =>
        clock.At(calendar.NextWorkingDayOnOrAfter(nominal), rules.ProgressReportAt);

    /// <summary>
    /// The month a report covers: on the 1st the month just ended (its final results), on the 15th the current month.
    /// </summary>
    public static DateOnly ReportedMonth(DateOnly nominal) => nominal.Day == 1 ? nominal.AddMonths(-1) : MonthOf(nominal);
}
