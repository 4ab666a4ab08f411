namespace Actors.Domain.Terminals;

/// <summary>The month-end count of inactive terminals per institution (brief §2).</summary>
public static class InactiveList
{
    /// <summary>
    /// On the list if inactive at the month-end instant: its inactivity instant (last transaction + 30 days) is at or
    /// before it. Read from the instant, not the terminal's flag, so a terminal whose own clock has not ticked yet counts.
    /// </summary>
    public static bool IsListed(DateTimeOffset inactiveAt, DateTimeOffset monthEnd) => inactiveAt <= monthEnd;

    /// <summary>The month that has just ended at <paramref name="now"/> (a month-end job runs at 00:00 on the 1st).</summary>
    public static DateOnly MonthJustEnded(DateTimeOffset now, BusinessClock clock) =>
        ActivationClaims.FirstOfMonth(clock.DateOf(now)).AddMonths(-1);

    /// <summary>The next month end after now.</summary>
    public static DateTimeOffset NextMonthEnd(DateTimeOffset now, BusinessClock clock) =>
        ActivationClaims.MonthEndOf(clock.DateOf(now), clock);
}
