namespace Actors.Domain.Kpis;

/// <summary>New accounts in one Monday–Sunday week, clipped to the month; <see cref="Complete"/> once the week is over.</summary>
public sealed record WeekFigure(DateOnly From, DateOnly To, int NewAccounts, bool Met, bool Complete);

/// <summary>
/// A month's KPIs of brief §3 over a set of settlement accounts, counted up to <see cref="Through"/> (the month end, or
/// today while the month runs).
/// </summary>
public sealed record KpiFigures(
    DateOnly Month,
    DateOnly Through,
    int Accounts,
    int NewAccounts,
    int NewBasicAccounts,
    IReadOnlyList<WeekFigure> Weeks,
    int Reactivated,
    int WentDormant,
    int Dormant,
    decimal DepositsAtStart,
    decimal DepositsAtEnd,
    decimal DepositsGrowth);

/// <summary>Whether a sub-branch met its new-account targets: every week already over, the month, and the basic accounts.</summary>
public sealed record TargetCheck(int PerWeek, int PerMonth, int BasicPerMonth, bool WeeklyMet, bool MonthlyMet, bool BasicMet);

public static class ManagerKpis
{
    /// <summary>The Monday–Sunday weeks that overlap the month, clipped to it.</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> WeeksOf(DateOnly month)
    {
        var first = AccountActivity.MonthOf(month);
        var last = AccountActivity.EndOfMonth(first);
        var weeks = new List<(DateOnly, DateOnly)>();
        for (var from = first; from <= last;)
        {
            var sunday = from.AddDays((7 - (int)from.DayOfWeek) % 7);
            var to = sunday < last ? sunday : last;
            weeks.Add((from, to));
            from = to.AddDays(1);
        }
        return weeks;
    }

    public static KpiFigures Figures(IEnumerable<AccountFacts> accounts, DateOnly month, DateOnly today, KpiRules rules)
    {
        var first = AccountActivity.MonthOf(month);
        var end = AccountActivity.EndOfMonth(first);
        var through = today < end ? today : end;
        var open = accounts.Where(a => a.OpenedOn <= through).ToList();
        bool InMonth(DateOnly d) => d >= first && d <= through;

        var opened = open.Where(a => InMonth(a.OpenedOn)).ToList();
        var weeks = WeeksOf(first)
            .Select(w => (w.From, w.To, Count: opened.Count(a => a.OpenedOn >= w.From && a.OpenedOn <= w.To)))
            .Select(w => new WeekFigure(w.From, w.To, w.Count, w.Count >= rules.NewAccountsPerWeek, w.To <= today))
            .ToList();
        var atStart = open.Sum(a => AccountActivity.BalanceAtEndOf(first.AddMonths(-1), a));
        var atEnd = open.Sum(a => AccountActivity.BalanceAtEndOf(first, a));
        return new(
            first, through, open.Count, opened.Count, opened.Count(a => a.IsBasicAccount), weeks,
            Reactivated: open.Count(a => a.Reactivations.Any(r => InMonth(r.ReactivatedOn))),
            WentDormant: open.Count(a => AccountActivity.DormancyStarts(a, rules).Any(InMonth)),
            Dormant: open.Count(a => AccountActivity.IsDormantOn(through, a, rules)),
            atStart, atEnd, atEnd - atStart);
    }

    /// <summary>The sub-branch targets (brief §3): at least 1 new account a week, 4 a month and 2 new basic accounts a month.</summary>
    public static TargetCheck Targets(KpiFigures f, KpiRules rules) => new(
        rules.NewAccountsPerWeek, rules.NewAccountsPerMonth, rules.NewBasicAccountsPerMonth,
        f.Weeks.Where(w => w.Complete).All(w => w.Met),
        f.NewAccounts >= rules.NewAccountsPerMonth,
        f.NewBasicAccounts >= rules.NewBasicAccountsPerMonth);
}
