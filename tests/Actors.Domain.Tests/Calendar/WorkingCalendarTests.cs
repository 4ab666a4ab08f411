using Actors.Domain.Calendar;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    [Fact]
    public void The_shipped_calendar_directory_loads_2026() =>
        Assert.Contains(2026, OfficialCalendar.Years);

    [Theory]
    [InlineData("2026-01-01", false)] // New Year
    [InlineData("2026-01-02", false)] // a Friday off
    [InlineData("2026-01-04", true)] // make-up Sunday
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", true)] // make-up Saturday before Spring Festival
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", false)] // a Monday, still Spring Festival
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)] // make-up Saturday after Spring Festival
    [InlineData("2026-03-01", false)] // an ordinary Sunday
    [InlineData("2026-03-02", true)] // an ordinary Monday
    [InlineData("2026-03-07", false)] // an ordinary Saturday
    [InlineData("2026-04-06", false)] // Qingming Monday
    [InlineData("2026-05-01", false)] // Labour Day
    [InlineData("2026-05-05", false)]
    [InlineData("2026-05-06", true)]
    [InlineData("2026-05-09", true)] // make-up Saturday
    [InlineData("2026-06-19", false)] // Dragon Boat Friday
    [InlineData("2026-09-20", true)] // make-up Sunday before National Day
    [InlineData("2026-09-25", false)] // Mid-Autumn Friday
    [InlineData("2026-10-01", false)] // National Day
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)] // make-up Saturday
    [InlineData("2026-10-11", false)]
    public void Working_days_in_2026_are_weekdays_minus_holidays_plus_make_up_days(string date, bool working) =>
        Assert.Equal(working, OfficialCalendar.IsWorkingDay(D(date)));

    [Fact]
    public void The_2026_calendar_has_248_working_days()
    {
        // 261 weekdays, 19 of them holidays, 6 make-up weekend days.
        var days = Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i));
        Assert.Equal(248, days.Count(OfficialCalendar.IsWorkingDay));
    }

    [Theory]
    [InlineData("2025-12-31", false, true)] // Wednesday
    [InlineData("2027-01-01", false, true)] // really a holiday, but 2027 is not loaded: Mon–Fri fallback
    [InlineData("2027-02-08", false, true)]
    [InlineData("2027-01-02", false, false)] // Saturday
    [InlineData("2026-06-01", true, true)]
    [InlineData("2026-12-31", true, true)]
    public void Outside_every_loaded_year_the_calendar_falls_back_to_Monday_to_Friday(string date, bool covered, bool working)
    {
        Assert.Equal(covered, OfficialCalendar.Covers(D(date)));
        Assert.Equal(working, OfficialCalendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-02-23", 1, "2026-02-14")] // the make-up Saturday is the nearest working day
    [InlineData("2026-02-23", 2, "2026-02-13")]
    [InlineData("2026-03-02", 1, "2026-02-28")]
    [InlineData("2026-03-10", 1, "2026-03-09")]
    [InlineData("2026-03-09", 1, "2026-03-06")] // over an ordinary weekend
    [InlineData("2026-01-05", 1, "2026-01-04")]
    [InlineData("2026-01-05", 2, "2025-12-31")] // into the fallback year
    public void Working_days_before_a_date_do_not_count_the_date_itself(string date, int n, string expected) =>
        Assert.Equal(D(expected), OfficialCalendar.WorkingDaysBefore(D(date), n));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Counting_zero_or_fewer_working_days_back_is_refused(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OfficialCalendar.WorkingDaysBefore(D("2026-03-10"), n));

    [Theory]
    [InlineData("2026-03-04", "2026-03-04")] // a working day stays
    [InlineData("2026-02-14", "2026-02-14")] // so does a make-up Saturday
    [InlineData("2026-02-15", "2026-02-24")]
    [InlineData("2026-03-07", "2026-03-09")]
    [InlineData("2026-05-01", "2026-05-06")]
    [InlineData("2026-10-01", "2026-10-08")]
    [InlineData("2027-01-02", "2027-01-04")]
    public void The_next_working_day_on_or_after_a_date(string date, string expected) =>
        Assert.Equal(D(expected), OfficialCalendar.NextWorkingDayOnOrAfter(D(date)));

    [Fact]
    public void A_year_given_twice_is_refused()
    {
        var year = HolidaySchedule.Load(Path.Combine(CalendarDirectory, "2026.json"));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([year, year]));
    }

    [Fact]
    public void A_file_named_for_another_year_is_refused()
    {
        var directory = Directory.CreateTempSubdirectory("calendars-");
        try
        {
            File.Copy(Path.Combine(CalendarDirectory, "2026.json"), Path.Combine(directory.FullName, "2027.json"));
            var error = Assert.Throws<FormatException>(() => WorkingCalendar.LoadDirectory(directory.FullName));
            Assert.Contains("2027.json", error.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_malformed_file_in_the_directory_is_named_in_the_error()
    {
        var directory = Directory.CreateTempSubdirectory("calendars-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "2026.json"), """{"year":2026,"holidays":[{"name":"x"}],"makeUpWorkingDays":[]}""");
            var error = Assert.Throws<FormatException>(() => WorkingCalendar.LoadDirectory(directory.FullName));
            Assert.Contains(Path.Combine(directory.FullName, "2026.json"), error.Message);
            Assert.Contains("holidays[0].from", error.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_empty_calendar_is_Monday_to_Friday_everywhere()
    {
        Assert.False(WorkingCalendar.WeekdaysOnly.Covers(D("2026-10-01")));
        Assert.True(WorkingCalendar.WeekdaysOnly.IsWorkingDay(D("2026-10-01")));
        Assert.False(WorkingCalendar.WeekdaysOnly.IsWorkingDay(D("2026-02-14")));
    }
}
