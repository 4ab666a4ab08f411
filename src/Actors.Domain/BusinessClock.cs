namespace Actors.Domain;

/// <summary>Converts between stored UTC instants and the bank's local business dates and times.</summary>
public sealed class BusinessClock(TimeSpan utcOffset)
{
    public TimeSpan UtcOffset { get; } = utcOffset;

    /// <summary>China Standard Time (UTC+8, no daylight saving): the default of brief §7.</summary>
    public static BusinessClock ChinaStandardTime { get; } = new(TimeSpan.FromHours(8));

    /// <summary>The business date on which an instant falls.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime + UtcOffset);

    /// <summary>The instant of a local date and time, as UTC.</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new(DateTime.SpecifyKind(date.ToDateTime(time) - UtcOffset, DateTimeKind.Utc));

    /// <summary>Local midnight starting a date, as UTC.</summary>
    public DateTimeOffset StartOf(DateOnly date) => At(date, TimeOnly.MinValue);
}
