namespace Actors.Domain.Terminals;

public static class TerminalActivity
{
    /// <summary>The exact instant a terminal becomes inactive: last transaction + InactivityDays.</summary>
    public static DateTimeOffset InactiveAt(DateTimeOffset lastTransactionAt, TerminalRules rules) => throw new NotImplementedException();

    public static bool IsInactive(DateTimeOffset lastTransactionAt, DateTimeOffset now, TerminalRules rules) => throw new NotImplementedException();

    /// <summary>Month-end statistics: active for a month if it had at least one transaction in that calendar month (business dates).</summary>
    public static bool ActiveInMonth(IEnumerable<DateOnly> transactionDates, int year, int month) => throw new NotImplementedException();
}
