using Actors.Domain.Terminals;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Terminals;

public class TerminalActivityTests
{
    private static readonly TerminalRules Defaults = new();
    private static readonly DateTimeOffset LastSale = Cst("2026-03-01 10:15:00");

    [Fact]
    public void A_terminal_becomes_inactive_30_days_after_its_last_transaction() =>
        Assert.Equal(Cst("2026-03-31 10:15:00"), TerminalActivity.InactiveAt(LastSale, Defaults));

    [Theory]
    [InlineData(0, false)]
    [InlineData(29, false)]
    [InlineData(30, true)] // at that exact instant
    [InlineData(45, true)]
    public void Inactivity_starts_exactly_at_30_days(int days, bool inactive) =>
        Assert.Equal(inactive, TerminalActivity.IsInactive(LastSale, LastSale.AddDays(days), Defaults));

    [Fact]
    public void One_tick_before_30_days_the_terminal_is_still_active() =>
        Assert.False(TerminalActivity.IsInactive(LastSale, LastSale.AddDays(30).AddTicks(-1), Defaults));

    [Fact]
    public void Instants_compare_whatever_their_offset() =>
        Assert.True(TerminalActivity.IsInactive(LastSale, LastSale.AddDays(30).ToUniversalTime(), Defaults));

    [Fact]
    public void The_inactivity_period_is_configurable() =>
        Assert.True(TerminalActivity.IsInactive(LastSale, LastSale.AddDays(10), new TerminalRules { InactivityDays = 10 }));

    [Theory]
    [InlineData(new[] { "2026-03-31" }, 2026, 3, true)]
    [InlineData(new[] { "2026-03-01" }, 2026, 3, true)]
    [InlineData(new[] { "2026-02-28", "2026-04-01" }, 2026, 3, false)] // either side of March
    [InlineData(new[] { "2025-03-15" }, 2026, 3, false)] // March of another year
    [InlineData(new string[0], 2026, 3, false)]
    public void A_terminal_counts_as_active_for_a_month_with_one_transaction_in_it(string[] dates, int year, int month, bool active) =>
        Assert.Equal(active, TerminalActivity.ActiveInMonth(dates.Select(D), year, month));
}
