namespace Actors.Domain.Kpis;

/// <summary>A settlement account woke up: no movement from <see cref="DormantSince"/> until a movement on <see cref="ReactivatedOn"/>.</summary>
public sealed record Reactivation(DateOnly DormantSince, DateOnly ReactivatedOn);

/// <summary>The balance of a settlement account before the first movement of a month (<see cref="Month"/> is its 1st) and after the last.</summary>
public sealed record MonthBalance(DateOnly Month, decimal Opening, decimal Closing);

/// <summary>
/// A settlement account as the KPIs need it. Every client has one settlement account with us, opened when the
/// relationship started; a corporate client's is its basic account (基本户).
/// </summary>
public sealed record AccountFacts(
    string ClientId,
    string InstitutionId,
    string? ManagerId,
    bool IsBasicAccount,
    DateOnly OpenedOn,
    DateOnly? LastMovementOn,
    IReadOnlyList<Reactivation> Reactivations,
    IReadOnlyList<MonthBalance> Balances,
    decimal Balance);

public static class AccountActivity
{
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>
    /// The reactivation a movement on <paramref name="movementOn"/> makes, if the account had had no movement for the
    /// dormancy period before it (counted from the last movement, or from opening when there was none).
    /// </summary>
    public static Reactivation? ReactivationBy(DateOnly movementOn, DateOnly? lastMovementOn, DateOnly openedOn, KpiRules rules)
    {
        var dormantSince = (lastMovementOn ?? openedOn).AddDays(rules.DormantAfterDays);
        return movementOn >= dormantSince ? new(dormantSince, movementOn) : null;
    }

    /// <summary>The month balances after a movement of <paramref name="signed"/> on <paramref name="on"/> that left <paramref name="balanceAfter"/>.</summary>
    public static MonthBalance Record(MonthBalance? month, DateOnly on, decimal signed, decimal balanceAfter) =>
        month is null ? new(MonthOf(on), balanceAfter - signed, balanceAfter) : month with { Closing = balanceAfter };

    /// <summary>
    /// The balance at the end of <paramref name="date"/>'s month: that month's closing, else the latest earlier month's
    /// closing, else the opening of the first later month (nothing moved in between), else today's balance.
    /// </summary>
    public static decimal BalanceAtEndOf(DateOnly month, AccountFacts a)
    {
        var m = MonthOf(month);
        var upTo = a.Balances.Where(b => b.Month <= m).OrderBy(b => b.Month).LastOrDefault();
        if (upTo is not null)
            return upTo.Closing;
        var after = a.Balances.Where(b => b.Month > m).OrderBy(b => b.Month).FirstOrDefault();
        return after?.Opening ?? (a.OpenedOn > EndOfMonth(m) ? 0 : a.Balance);
    }

    public static DateOnly EndOfMonth(DateOnly month) => MonthOf(month).AddMonths(1).AddDays(-1);

    /// <summary>The dates on which the account went dormant: each reactivation's start, and the current quiet spell's once it is long enough.</summary>
    public static IEnumerable<DateOnly> DormancyStarts(AccountFacts a, KpiRules rules) =>
        a.Reactivations.Select(r => r.DormantSince).Append((a.LastMovementOn ?? a.OpenedOn).AddDays(rules.DormantAfterDays));

    /// <summary>Whether the account was dormant on a date: inside a quiet spell that was later broken, or in the current one.</summary>
    public static bool IsDormantOn(DateOnly date, AccountFacts a, KpiRules rules) =>
        date >= a.OpenedOn
        && (a.Reactivations.Any(r => r.DormantSince <= date && date < r.ReactivatedOn)
            || date >= (a.LastMovementOn ?? a.OpenedOn).AddDays(rules.DormantAfterDays));
}
