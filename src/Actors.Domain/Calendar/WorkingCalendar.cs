namespace Actors.Domain.Calendar;

/// <summary>
/// Monday–Friday, minus public holidays, plus make-up working days. Dates outside every loaded year
/// fall back to Monday–Friday; <see cref="Covers"/> tells callers so they can warn.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<int> _years = [];
    private readonly HashSet<DateOnly> _daysOff = [];
    private readonly HashSet<DateOnly> _makeUpWorkingDays = [];

    public WorkingCalendar(IEnumerable<HolidaySchedule> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        foreach (var schedule in years)
        {
            if (!_years.Add(schedule.Year))
                throw new ArgumentException($"The calendar of {schedule.Year} is given twice.", nameof(years));
            _daysOff.UnionWith(schedule.DaysOff);
            _makeUpWorkingDays.UnionWith(schedule.MakeUpWorkingDays);
        }
    }

    /// <summary>Loads every *.json file of a directory (one file per year).</summary>
    public static WorkingCalendar LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Calendar directory not found: {directory}");
        var schedules = new List<HolidaySchedule>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var schedule = HolidaySchedule.Load(path);
            // 2027.json holding year 2026 would silently leave 2027 on the Mon–Fri fallback.
            if (int.TryParse(Path.GetFileNameWithoutExtension(path), out var named) && named != schedule.Year)
                throw new FormatException($"{path}: field 'year' is {schedule.Year} but the file is named for {named}");
            schedules.Add(schedule);
        }
        return new WorkingCalendar(schedules);
    }

    /// <summary>A calendar with no year loaded: Monday–Friday everywhere.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    public IReadOnlyCollection<int> Years => _years;

    public bool Covers(DateOnly date) => _years.Contains(date.Year);

    /// <summary>Every date from <paramref name="first"/> to <paramref name="last"/> lies in a loaded year.</summary>
    public bool CoversAll(DateOnly first, DateOnly last) => YearsOf(first, last).All(_years.Contains);

    /// <summary>The years of the dates from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static IEnumerable<int> YearsOf(DateOnly first, DateOnly last) =>
        Enumerable.Range(first.Year, Math.Max(0, last.Year - first.Year + 1));

    public bool IsWorkingDay(DateOnly date) =>
        _makeUpWorkingDays.Contains(date) || (!_daysOff.Contains(date) && !IsWeekend(date));

    /// <summary>A public holiday of a loaded year (weekends that are not holidays are not).</summary>
    public bool IsPublicHoliday(DateOnly date) => _daysOff.Contains(date);

    /// <summary>The n-th working day before <paramref name="date"/>, the date itself not counted.</summary>
    public DateOnly WorkingDaysBefore(DateOnly date, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var day = date;
        while (n > 0)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
                n--;
        }
        return day;
    }

    /// <summary>The date itself if it is a working day, else the next working day.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(day))
            day = day.AddDays(1);
        return day;
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
