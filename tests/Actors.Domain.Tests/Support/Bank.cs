using System.Globalization;
using Actors.Domain.Calendar;

namespace Actors.Domain.Tests;

/// <summary>The shipped rules and data as a branch sees them: China Standard Time, the 2026 calendar, default options.</summary>
internal static class Bank
{
    /// <summary>Loaded from the test's own output directory: this is also the proof that calendars/2026.json ships.</summary>
    public static string CalendarDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "calendars");

    private static readonly Lazy<WorkingCalendar> Loaded = new(() => WorkingCalendar.LoadDirectory(CalendarDirectory));

    public static WorkingCalendar OfficialCalendar => Loaded.Value;

    public static BusinessClock Clock { get; } = new(TimeSpan.FromHours(8));

    public static LoanRules LoanDefaults { get; } = new();

    /// <summary>"2026-02-23" as a business date.</summary>
    public static DateOnly D(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-02-23 18:00:00" read as China Standard Time (UTC+8).</summary>
    public static DateTimeOffset Cst(string localDateTime) =>
        new(DateTime.ParseExact(localDateTime, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), TimeSpan.FromHours(8));

    /// <summary>"2026-02-23T10:00:00Z" as an instant.</summary>
    public static DateTimeOffset Utc(string isoInstant) =>
        DateTimeOffset.Parse(isoInstant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
