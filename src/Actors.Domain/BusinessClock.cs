namespace Actors.Domain;

/// <summary>Converts between stored UTC instants and the bank's local business dates and times.</summary>
public sealed class BusinessClock(TimeSpan utcOffset)
{
    public TimeSpan UtcOffset { get; } = utcOffset;

    /// <summary>The business date on which an instant falls.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => throw new NotImplementedException();

    /// <summary>The instant of a local date and time, as UTC.</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time) => throw new NotImplementedException();

    /// <summary>Local midnight starting a date, as UTC.</summary>
    public DateTimeOffset StartOf(DateOnly date) => At(date, TimeOnly.MinValue);
}
