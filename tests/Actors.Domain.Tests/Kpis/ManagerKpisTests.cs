using Actors.Domain.Kpis;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Kpis;

public class ManagerKpisTests
{
    private static readonly KpiRules Defaults = new();

    [Theory]
    [InlineData("2026-03-01", null, "2026-03-01", null)] // opened today: not dormant
    [InlineData("2025-01-01", null, "2025-06-29", null)] // 179 days after opening
    [InlineData("2025-01-01", null, "2025-06-30", "2025-06-30")] // 180 days after opening, never moved: dormant since then
    [InlineData("2025-01-01", "2025-09-01", "2026-02-27", null)] // 179 days after the last movement
    [InlineData("2025-01-01", "2025-09-01", "2026-02-28", "2026-02-28")] // 180 days: it woke up
    [InlineData("2025-01-01", "2025-09-01", "2025-08-01", null)] // a late movement before the last one
    public void A_movement_after_the_dormancy_period_reactivates_the_account(string opened, string? last, string movement, string? dormantSince)
    {
        var woke = AccountActivity.ReactivationBy(D(movement), last is null ? null : D(last), D(opened), Defaults);
        Assert.Equal(dormantSince is null ? null : new Reactivation(D(dormantSince), D(movement)), woke);
    }

    [Fact]
    public void The_dormancy_period_is_configurable() =>
        Assert.NotNull(AccountActivity.ReactivationBy(D("2026-03-31"), D("2026-03-01"), D("2025-01-01"), new KpiRules { DormantAfterDays = 30 }));

    [Fact]
    public void Weeks_are_Monday_to_Sunday_clipped_to_the_month() =>
        Assert.Equal(
            [(D("2026-03-01"), D("2026-03-01")), (D("2026-03-02"), D("2026-03-08")), (D("2026-03-09"), D("2026-03-15")),
             (D("2026-03-16"), D("2026-03-22")), (D("2026-03-23"), D("2026-03-29")), (D("2026-03-30"), D("2026-03-31"))],
            ManagerKpis.WeeksOf(D("2026-03-17")));

    [Theory]
    // one new account in every week of March 2026 (six weeks, two of them partial), two of them corporate
    [InlineData("2026-03-01,2026-03-02,2026-03-09,2026-03-16,2026-03-23,2026-03-30", 2, true, true, true)]
    [InlineData("2026-03-02,2026-03-09,2026-03-16,2026-03-23,2026-03-30", 2, false, true, true)] // Sunday 1 March's week has none
    [InlineData("2026-03-01,2026-03-02,2026-03-09", 1, false, false, false)]
    [InlineData("2026-03-01,2026-03-02,2026-03-09,2026-03-16,2026-03-23,2026-03-30", 1, true, true, false)] // one basic account
    public void A_sub_branch_meets_its_targets_with_a_new_account_every_week_four_a_month_and_two_basic(
        string openedOn, int corporate, bool weekly, bool monthly, bool basic)
    {
        var accounts = openedOn.Split(',').Select((d, i) => Account($"C{i}", D(d), basic: i < corporate)).ToList();
        var figures = ManagerKpis.Figures(accounts, D("2026-03-01"), D("2026-04-15"), Defaults);
        var targets = ManagerKpis.Targets(figures, Defaults);
        Assert.Equal((weekly, monthly, basic), (targets.WeeklyMet, targets.MonthlyMet, targets.BasicMet));
        Assert.Equal(accounts.Count, figures.NewAccounts);
    }

    [Fact]
    public void While_the_month_runs_only_the_weeks_already_over_count_against_the_weekly_target()
    {
        var figures = ManagerKpis.Figures([Account("C1", D("2026-03-01")), Account("C2", D("2026-03-03"))], D("2026-03-01"), D("2026-03-10"), Defaults);
        Assert.Equal(D("2026-03-10"), figures.Through);
        Assert.Equal([true, true, false, false, false, false], figures.Weeks.Select(w => w.Complete));
        Assert.True(ManagerKpis.Targets(figures, Defaults).WeeklyMet);
        Assert.False(ManagerKpis.Targets(figures, Defaults).MonthlyMet);
    }

    [Fact]
    public void Accounts_gone_dormant_and_reactivated_are_counted_in_the_month_they_happen()
    {
        KpiFigures March(params AccountFacts[] a) => ManagerKpis.Figures(a, D("2026-03-01"), D("2026-04-30"), Defaults);

        // Last movement 2025-09-05: dormant from 2026-03-04 (180 days), still dormant at the month end.
        var quiet = Account("Q", D("2025-01-01")) with { LastMovementOn = D("2025-09-05") };
        // Dormant since 2025-12-01, woke up on 2026-03-20.
        var woke = Account("W", D("2025-01-01")) with { LastMovementOn = D("2026-03-20"), Reactivations = [new(D("2025-12-01"), D("2026-03-20"))] };
        // Dormant since 2026-03-10, woke up on 2026-03-25: gone dormant and reactivated in the same month.
        var both = Account("B", D("2025-01-01")) with { LastMovementOn = D("2026-03-25"), Reactivations = [new(D("2026-03-10"), D("2026-03-25"))] };
        var busy = Account("A", D("2025-01-01")) with { LastMovementOn = D("2026-03-30") };

        var f = March(quiet, woke, both, busy);
        Assert.Equal((Reactivated: 2, WentDormant: 2, Dormant: 1, Accounts: 4), (f.Reactivated, f.WentDormant, f.Dormant, f.Accounts));
    }

    [Fact]
    public void Deposits_growth_is_the_month_end_balance_less_the_previous_month_end()
    {
        // Moved in January (closing 1,000) and March (opening 1,000, closing 4,000); February took the January closing.
        var moved = Account("M", D("2025-01-01")) with
        {
            Balances = [new(D("2026-01-01"), 0m, 1_000m), new(D("2026-03-01"), 1_000m, 4_000m)],
            Balance = 4_000m,
        };
        // Opened in March with 500: nothing at the start.
        var fresh = Account("F", D("2026-03-10")) with { Balances = [new(D("2026-03-01"), 0m, 500m)], Balance = 500m };
        // Opened in April: not counted in March at all.
        var later = Account("L", D("2026-04-02")) with { Balances = [new(D("2026-04-01"), 0m, 9_000m)], Balance = 9_000m };

        var march = ManagerKpis.Figures([moved, fresh, later], D("2026-03-01"), D("2026-04-30"), Defaults);
        Assert.Equal((1_000m, 4_500m, 3_500m), (march.DepositsAtStart, march.DepositsAtEnd, march.DepositsGrowth));
        var february = ManagerKpis.Figures([moved, fresh, later], D("2026-02-01"), D("2026-04-30"), Defaults);
        Assert.Equal((1_000m, 1_000m, 0m), (february.DepositsAtStart, february.DepositsAtEnd, february.DepositsGrowth));
    }

    [Fact]
    public void Month_balances_keep_the_opening_of_the_first_movement_and_the_closing_of_the_last()
    {
        var first = AccountActivity.Record(null, D("2026-03-05"), 300m, 1_300m);
        var second = AccountActivity.Record(first, D("2026-03-20"), -100m, 1_200m);
        Assert.Equal(new MonthBalance(D("2026-03-01"), 1_000m, 1_200m), second);
    }

    private static AccountFacts Account(string id, DateOnly openedOn, bool basic = false) =>
        new(id, "SB", "M1", basic, openedOn, null, [], [], 0m);
}
