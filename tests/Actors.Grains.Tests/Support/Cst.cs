namespace Actors.Grains.Tests.Support;

/// <summary>China Standard Time, in which the bank's dates and cut-offs are written.</summary>
public static class Cst
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset At(DateOnly date, int hour, int minute = 0, int second = 0) =>
        new(date.Year, date.Month, date.Day, hour, minute, second, Offset);

    public static DateOnly Today(this Microsoft.Extensions.Time.Testing.FakeTimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>Moves the fake clock forward to an instant (never back).</summary>
    public static void AdvanceTo(this Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, DateTimeOffset instant)
    {
        var delta = instant - clock.GetUtcNow();
        Assert.True(delta >= TimeSpan.Zero, $"the clock cannot go back to {instant}");
        clock.Advance(delta);
    }
}
