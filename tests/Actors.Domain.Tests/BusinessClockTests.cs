using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests;

public class BusinessClockTests
{
    [Theory]
    [InlineData("2026-02-23T15:59:59Z", "2026-02-23")] // 23:59:59 in Beijing
    [InlineData("2026-02-23T16:00:00Z", "2026-02-24")] // local midnight
    [InlineData("2026-02-22T16:00:00Z", "2026-02-23")]
    [InlineData("2025-12-31T16:00:00Z", "2026-01-01")] // New Year arrives 8 hours before UTC's
    public void The_business_date_is_the_local_date_in_China_Standard_Time(string instant, string expected) =>
        Assert.Equal(D(expected), Clock.DateOf(Utc(instant)));

    [Theory]
    [InlineData("2026-02-23", 18, 0, "2026-02-23T10:00:00Z")] // the repayment cut-off
    [InlineData("2026-03-01", 0, 0, "2026-02-28T16:00:00Z")] // local midnight is the previous UTC day
    [InlineData("2026-01-01", 9, 0, "2026-01-01T01:00:00Z")]
    public void A_local_date_and_time_is_stored_as_UTC(string date, int hour, int minute, string expected)
    {
        var at = Clock.At(D(date), new TimeOnly(hour, minute));
        Assert.Equal(Utc(expected), at);
        Assert.Equal(TimeSpan.Zero, at.Offset);
    }

    [Fact]
    public void Start_of_a_date_is_local_midnight_in_UTC() =>
        Assert.Equal(Utc("2026-02-28T16:00:00Z"), Clock.StartOf(D("2026-03-01")));

    [Theory]
    [InlineData(-5, "2026-01-01T04:59:59Z", "2025-12-31")]
    [InlineData(-5, "2026-01-01T05:00:00Z", "2026-01-01")]
    [InlineData(0, "2026-01-01T00:00:00Z", "2026-01-01")]
    public void An_institution_may_configure_another_offset(int hours, string instant, string expected) =>
        Assert.Equal(D(expected), new BusinessClock(TimeSpan.FromHours(hours)).DateOf(Utc(instant)));

    [Property]
    public Property A_local_date_and_time_round_trips() =>
        Prop.ForAll(
            Gen.Choose(0, 3650).Select(d => D("2024-01-01").AddDays(d)).ToArbitrary(),
            Gen.Choose(0, 24 * 60 - 1).Select(m => new TimeOnly(m / 60, m % 60)).ToArbitrary(),
            (date, time) =>
            {
                var at = Clock.At(date, time);
                return Clock.DateOf(at) == date && TimeOnly.FromTimeSpan((at + Clock.UtcOffset).TimeOfDay) == time;
            });
}
