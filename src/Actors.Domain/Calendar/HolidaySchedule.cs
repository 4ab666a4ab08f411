namespace Actors.Domain.Calendar;

/// <summary>One year's official schedule: the public holidays and the make-up working days (调休).</summary>
public sealed record HolidaySchedule(int Year, IReadOnlySet<DateOnly> DaysOff, IReadOnlySet<DateOnly> MakeUpWorkingDays)
{
    /// <summary>Parses a calendar data file (format documented in data/calendars/README.md).</summary>
    public static HolidaySchedule Parse(string json) => throw new NotImplementedException();
}
