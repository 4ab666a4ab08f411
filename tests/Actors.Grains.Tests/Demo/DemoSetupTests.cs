using Actors.Domain;
using Actors.Domain.Calendar;
using Actors.Hosting;
using Actors.Hosting.Demo;

namespace Actors.Grains.Tests.Demo;

public sealed class DemoSetupTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "calendars"));
    private static readonly BusinessClock Clock = BusinessClock.ChinaStandardTime;

    [Theory]
    // One month back is a working day up to the 25th: disbursed then.
    [InlineData("2026-03-10", "2026-02-10")]
    // Saturday 24 October 2026 one month back: two months back, Thursday 24 September.
    [InlineData("2026-11-24", "2026-09-24")]
    // A due date on a Sunday is not moved (brief §5): Sunday 10 May ← Friday 10 April.
    [InlineData("2026-05-10", "2026-04-10")]
    // 25 September 2026 is Mid-Autumn and 25 October a Sunday: from Tuesday 25 August, three months back.
    [InlineData("2026-11-25", "2026-08-25")]
    // After the 25th nothing can fall due.
    [InlineData("2026-11-26", null)]
    public void A_loan_falling_due_on_a_day_is_disbursed_on_the_latest_valid_day_that_gives_it(string due, string? disbursed) =>
        Assert.Equal(disbursed is null ? null : DateOnly.Parse(disbursed), DemoLoanDates.DisbursementFor(DateOnly.Parse(due), Calendar, new LoanRules()));

    [Theory]
    [InlineData("2026-03-10", "2026-03-10")]
    [InlineData("2026-11-27", "2026-11-25")]
    [InlineData("2026-03-31", "2026-03-25")]
    public void After_the_25th_the_demo_loans_fall_due_on_the_nearest_earlier_day_that_can(string day, string due) =>
        Assert.Equal(DateOnly.Parse(due), DemoLoanDates.NearestDueDate(DateOnly.Parse(day), Calendar, new LoanRules())!.Value.DueOn);

    [Fact]
    public void The_demo_clock_starts_today_at_half_past_eight_business_time_and_never_goes_back()
    {
        var realNow = new DateTimeOffset(2026, 11, 23, 17, 6, 0, TimeSpan.Zero); // 01:06 on Tuesday 24 November in Shenzhen
        var morning = new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.FromHours(8));
        var configured = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal(morning, DemoStart.Origin(null, null, realNow, Clock));
        Assert.Equal(configured, DemoStart.Origin(configured, null, realNow, Clock));
        Assert.Equal(morning, DemoStart.Origin(null, morning.AddDays(-3), realNow, Clock));
        // A restarted demo whose store lived to 15:10 opens on the next morning.
        Assert.Equal(morning.AddDays(1), DemoStart.Origin(null, morning.AddHours(6.7), realNow, Clock));
        Assert.Equal(morning.AddDays(1), DemoStart.Origin(null, morning, realNow, Clock));
    }

    [Theory]
    [InlineData(GridStore.Embedded, true, null, true)]
    [InlineData(GridStore.Embedded, false, null, false)] // the other test suites run the silo with Grid:SeedDemo=false
    [InlineData(GridStore.Embedded, true, false, false)]
    [InlineData(GridStore.PostgreSql, true, null, false)]
    [InlineData(GridStore.PostgreSql, true, true, true)]
    public void The_simulated_day_plays_on_the_embedded_store_with_the_demo_network_unless_switched_off(GridStore store, bool seedDemo, bool? enabled, bool plays) =>
        Assert.Equal(plays, new DemoOptions { Enabled = enabled }.IsEnabled(new GridHostOptions { Store = store, SeedDemo = seedDemo }));

    [Fact]
    public void Settings_out_of_range_are_named_by_their_keys()
    {
        var problems = new DemoOptions { Speed = 0.5, DueLoansPerBranch = -1 }.Problems();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Demo:Speed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Demo:DueLoansPerBranch", StringComparison.Ordinal));
    }

    [Fact]
    public void Arrivals_follow_the_seed_and_the_hourly_rate()
    {
        var from = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));
        var day = (IReadOnlyList<double>)[1.0, 3.0];

        var first = ArrivalProcess.Instants(new Random(1), from, from.AddHours(2), 30, day);
        var again = ArrivalProcess.Instants(new Random(1), from, from.AddHours(2), 30, day);
        var other = ArrivalProcess.Instants(new Random(2), from, from.AddHours(2), 30, day);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.All(first, t => Assert.InRange(t, from, from.AddHours(2)));
        Assert.Equal(first.Order(), first);
        // About 30 in the first hour and 90 in the second (Poisson: well inside these bounds).
        Assert.InRange(first.Count(t => t < from.AddHours(1)), 12, 55);
        Assert.InRange(first.Count(t => t >= from.AddHours(1)), 60, 125);
    }
}
