namespace Actors.Domain.Calendar;

/// <summary>
/// Nobody is surprised by a calendar that runs out: this year's must be loaded, and from 1 November next year's too (the
/// State Council publishes it in November or December; due dates of next year are already being reminded).
/// </summary>
public static class CalendarCoverage
{
    /// <summary>The month from which next year's calendar is expected.</summary>
    public const int NextYearExpectedFromMonth = 11;

    /// <summary>The year whose calendar is missing and should not be on <paramref name="today"/>: this year, or from November the next; null when none.</summary>
    public static int? MissingYear(DateOnly today, WorkingCalendar calendar) =>
        !calendar.Covers(today) ? today.Year
        : today.Month >= NextYearExpectedFromMonth && !calendar.Years.Contains(today.Year + 1) ? today.Year + 1
        : null;

    /// <summary>What the health check and the logs say while a year is missing.</summary>
    public static Words Missing(int year, DateOnly today) => year == today.Year
        ? new($"this year's working-day calendar ({year}) is not loaded: dates fall back to Monday–Friday", $"今年（{year}）的工作日历未导入：日期按周一至周五计算")
        : new($"next year's working-day calendar ({year}) is not loaded: reminders counted over it are provisional", $"明年（{year}）的工作日历未导入：涉及该年的还款提醒为暂定");
}
