namespace Actors.Domain.Calendar;

/// <summary>
/// Monday–Friday, minus public holidays, plus make-up working days. Dates outside every loaded year
/// fall back to Monday–Friday; <see cref="Covers"/> tells callers so they can warn.
/// </summary>
public sealed class WorkingCalendar
{
    public WorkingCalendar(IEnumerable<HolidaySchedule> years) => throw new NotImplementedException();

    /// <summary>Loads every *.json file of a directory (one file per year).</summary>
    public static WorkingCalendar LoadDirectory(string directory) => throw new NotImplementedException();

    public IReadOnlyCollection<int> Years => throw new NotImplementedException();

    public bool Covers(DateOnly date) => throw new NotImplementedException();

    public bool IsWorkingDay(DateOnly date) => throw new NotImplementedException();

    /// <summary>The n-th working day before <paramref name="date"/>, the date itself not counted.</summary>
    public DateOnly WorkingDaysBefore(DateOnly date, int n) => throw new NotImplementedException();

    /// <summary>The date itself if it is a working day, else the next working day.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) => throw new NotImplementedException();
}
