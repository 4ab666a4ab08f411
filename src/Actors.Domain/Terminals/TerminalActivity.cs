namespace Actors.Domain.Terminals;

public static class TerminalActivity
{
    /// <summary>The exact instant a terminal becomes inactive: last transaction + InactivityDays.</summary>
    public static DateTimeOffset InactiveAt(DateTimeOffset lastTransactionAt, TerminalRules rules) =>
        lastTransactionAt.AddDays(rules.InactivityDays);

    /// <summary>Inactive from <see cref="InactiveAt"/> on, that instant included (brief §7).</summary>
    public static bool IsInactive(DateTimeOffset lastTransactionAt, DateTimeOffset now, TerminalRules rules) =>
        now >= InactiveAt(lastTransactionAt, rules);

    /// <summary>Month-end statistics: active for a month if it had at least one transaction in that calendar month (business dates).</summary>
    public static bool ActiveInMonth(IEnumerable<DateOnly> transactionDates, int year, int month) =>
        transactionDates.Any(d => d.Year == year && d.Month == month);
}
