using Actors.Domain.Calendar;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Calendar;

public class HolidayScheduleTests
{
    [Fact]
    public void The_shipped_2026_file_holds_the_State_Council_schedule()
    {
        var schedule = HolidaySchedule.Load(Path.Combine(CalendarDirectory, "2026.json"));

        Assert.Equal(2026, schedule.Year);
        Assert.Equal(3 + 9 + 3 + 5 + 3 + 3 + 7, schedule.DaysOff.Count);
        Assert.Equal(
            new[] { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" }.Select(D),
            schedule.MakeUpWorkingDays.Order());
    }

    [Fact]
    public void A_holiday_covers_every_day_from_its_first_to_its_last()
    {
        var schedule = HolidaySchedule.Parse("""
            {"year":2026,"holidays":[{"name":"Spring Festival","from":"2026-02-15","to":"2026-02-23"}],"makeUpWorkingDays":["2026-02-14"]}
            """);

        Assert.Equal(Enumerable.Range(15, 9).Select(day => new DateOnly(2026, 2, day)), schedule.DaysOff.Order());
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "not json", "not valid JSON" },
        { "[]", "(root)" },
        { """{"holidays":[],"makeUpWorkingDays":[]}""", "'year' is missing" },
        { """{"year":"2026","holidays":[],"makeUpWorkingDays":[]}""", "'year'" },
        { """{"year":2026,"makeUpWorkingDays":[]}""", "'holidays' is missing" },
        { """{"year":2026,"holidays":[{"from":"2026-01-01","to":"2026-01-03"}],"makeUpWorkingDays":[]}""", "'holidays[0].name' is missing" },
        { """{"year":2026,"holidays":[{"name":"New Year","from":"1 Jan 2026","to":"2026-01-03"}],"makeUpWorkingDays":[]}""", "'holidays[0].from'" },
        { """{"year":2026,"holidays":[{"name":"New Year","from":"2026-01-03","to":"2026-01-01"}],"makeUpWorkingDays":[]}""", "'holidays[0].to'" },
        { """{"year":2026,"holidays":[{"name":"New Year","from":"2036-01-01","to":"2036-01-03"}],"makeUpWorkingDays":[]}""", "'holidays[0].from'" },
        { """{"year":2026,"holidays":[]}""", "'makeUpWorkingDays' is missing" },
        { """{"year":2026,"holidays":[],"makeUpWorkingDays":["2026-02-30"]}""", "'makeUpWorkingDays[0]'" },
        { """{"year":2026,"holidays":[],"makeUpWorkingDays":["2026-02-13"]}""", "Friday" },
        { """{"year":2026,"holidays":[{"name":"Spring Festival","from":"2026-02-14","to":"2026-02-23"}],"makeUpWorkingDays":["2026-02-14"]}""", "also listed as a holiday" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_file_is_refused_naming_the_source_and_the_field(string json, string expectedInMessage)
    {
        var error = Assert.Throws<FormatException>(() => HolidaySchedule.Parse(json, "calendars/2026.json"));

        Assert.Contains("calendars/2026.json", error.Message);
        Assert.Contains(expectedInMessage, error.Message);
    }

    [Fact]
    public void A_New_Year_holiday_may_start_in_the_previous_year()
    {
        var schedule = HolidaySchedule.Parse("""
            {"year":2023,"holidays":[{"name":"New Year","from":"2022-12-31","to":"2023-01-02"}],"makeUpWorkingDays":[]}
            """);

        Assert.Contains(new DateOnly(2022, 12, 31), schedule.DaysOff);
    }
}
