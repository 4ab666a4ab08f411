using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Actors.Domain.Calendar;

/// <summary>One public holiday of a calendar file: every day from <see cref="From"/> to <see cref="To"/> is off, weekends included.</summary>
public sealed record CalendarHoliday(string Name, DateOnly From, DateOnly To);

/// <summary>
/// A year's calendar as the bank writes it (the shipped <c>calendars/&lt;year&gt;.json</c> and an upload have this one
/// shape): the public holidays and the make-up working days (调休). <see cref="Check"/> holds the rules a file must keep.
/// </summary>
public sealed record CalendarFile(int Year, string? Source, IReadOnlyList<CalendarHoliday> Holidays, IReadOnlyList<DateOnly> MakeUpWorkingDays)
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The file as JSON, in the shipped files' shape (what a version keeps and answers).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// The first rule the file breaks, naming its field, or the schedule it defines. Dates lie in the year, except that a
    /// holiday may straddle New Year (2023's began on 31 December 2022); a make-up day is a Saturday or Sunday and no
    /// holiday; a holiday made only of Saturdays and Sundays changes nothing, so it is a mistake in the file.
    /// </summary>
    public (HolidaySchedule? Schedule, Refusal? Refusal) Check()
    {
        if (Year is < EarliestYear or > LatestYear)
            return Bad("year", $"must be a year from {EarliestYear} to {LatestYear}, not {Year}", $"必须是 {EarliestYear} 至 {LatestYear} 之间的年份，而不是 {Year}");
        var daysOff = new HashSet<DateOnly>();
        for (var i = 0; i < Holidays.Count; i++)
        {
            var (field, holiday) = ($"holidays[{i}]", Holidays[i]);
            if (string.IsNullOrWhiteSpace(holiday.Name))
                return Bad($"{field}.name", "is missing", "缺少节日名称");
            if (holiday.From.Year != Year && holiday.To.Year != Year || Math.Abs(holiday.From.Year - Year) > 1)
                return Bad($"{field}.from", $"{Day(holiday.From)} is not in {Year}", $"{Day(holiday.From)} 不在 {Year} 年内");
            if (holiday.To < holiday.From)
                return Bad($"{field}.to", $"{Day(holiday.To)} is before from {Day(holiday.From)}", $"{Day(holiday.To)} 早于开始日期 {Day(holiday.From)}");
            if (Math.Abs(holiday.To.Year - Year) > 1)
                return Bad($"{field}.to", $"{Day(holiday.To)} is not in {Year}", $"{Day(holiday.To)} 不在 {Year} 年内");
            var days = Enumerable.Range(0, holiday.To.DayNumber - holiday.From.DayNumber + 1).Select(holiday.From.AddDays).ToList();
            if (days.All(WorkingCalendar.IsWeekend))
                return Bad(field, $"{holiday.Name} falls on Saturdays and Sundays only, which are off anyway", $"{holiday.Name} 只有周六、周日，本来就是休息日");
            daysOff.UnionWith(days);
        }
        var makeUp = new HashSet<DateOnly>();
        for (var i = 0; i < MakeUpWorkingDays.Count; i++)
        {
            var (field, day) = ($"makeUpWorkingDays[{i}]", MakeUpWorkingDays[i]);
            if (day.Year != Year)
                return Bad(field, $"{Day(day)} is not in {Year}", $"{Day(day)} 不在 {Year} 年内");
            // A make-up day on a weekday would change nothing: it is a typo in the data.
            if (!WorkingCalendar.IsWeekend(day))
                return Bad(field, $"{Day(day)} is a {day.DayOfWeek}; make-up working days are Saturdays or Sundays",
                    $"{Day(day)} 是工作日；调休上班日只能是周六或周日");
            if (daysOff.Contains(day))
                return Bad(field, $"{Day(day)} is also listed as a holiday", $"{Day(day)} 同时被列为节假日");
            makeUp.Add(day);
        }
        return (new HolidaySchedule(Year, daysOff, makeUp), null);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (HolidaySchedule?, Refusal?) Bad(string field, string en, string zh) => (null, Refusal.Invalid(field, en, zh));
}
