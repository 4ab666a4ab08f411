using Actors.Domain.Calendar;
using Actors.Domain.Loans;

namespace Actors.Domain.Tests.Calendar;

/// <summary>When a missing year is a warning, and which reminders were counted on the Monday–Friday fallback. Years made up.</summary>
public class CalendarCoverageTests
{
    private static readonly HolidaySchedule Year2026 = new(2026, new HashSet<DateOnly>(), new HashSet<DateOnly>());
    private static readonly HolidaySchedule MadeUp2027 = new(2027, new HashSet<DateOnly> { new(2027, 1, 1) }, new HashSet<DateOnly>());

    [Theory]
    [InlineData("2026-10-31", false, null)]
    [InlineData("2026-11-01", false, 2027)]
    [InlineData("2026-12-31", false, 2027)]
    [InlineData("2026-11-01", true, null)]
    [InlineData("2028-03-01", true, 2028)]
    public void This_year_must_be_loaded_and_from_1_November_next_year_too(string today, bool nextLoaded, int? missing)
    {
        var calendar = new WorkingCalendar(nextLoaded ? [Year2026, MadeUp2027] : [Year2026]);

        Assert.Equal(missing, CalendarCoverage.MissingYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), calendar));
    }

    [Fact]
    public void A_reminder_is_provisional_per_date_when_any_day_it_was_counted_over_lies_in_a_year_without_a_calendar()
    {
        var rules = new LoanRules();
        var only2026 = new WorkingCalendar([Year2026]);
        var both = new WorkingCalendar([Year2026, MadeUp2027]);

        // Due Tuesday 5 January 2027: counted back over 4 January 2027 … 31 December 2026.
        Assert.True(RepaymentReminder.IsProvisional(new(2027, 1, 5), only2026, rules));
        Assert.Equal([2026, 2027], RepaymentReminder.YearsCounted(new(2027, 1, 5), only2026, rules));
        Assert.Equal(new DateOnly(2026, 12, 30), RepaymentReminder.ReminderDate(new(2027, 1, 5), both, rules));
        Assert.False(RepaymentReminder.IsProvisional(new(2027, 1, 5), both, rules));
        // Due Monday 5 January 2026 with 2025 absent: the reminder falls on 31 December 2025, so it is provisional too.
        Assert.True(RepaymentReminder.IsProvisional(new(2026, 1, 5), only2026, rules));
        Assert.False(RepaymentReminder.IsProvisional(new(2026, 6, 15), only2026, rules));
    }

    [Fact]
    public void A_holiday_of_weekend_days_only_is_a_mistake_in_the_file()
    {
        var file = new CalendarFile(2027, null, [new("Weekend", new(2027, 1, 2), new(2027, 1, 3))], []);

        Assert.Equal("holidays[0]", file.Check().Refusal!.Field);
    }
}
