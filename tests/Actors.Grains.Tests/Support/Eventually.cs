using Microsoft.Extensions.Time.Testing;

namespace Actors.Grains.Tests.Support;

public static class Eventually
{
    /// <summary>
    /// Reads until the value satisfies the condition: a clock's tick reaches its grain asynchronously after the fake
    /// clock moves. A reminder whose wait started after the jump finds its tick already due and waits 1 ms more (Orleans'
    /// minimum), so after a quiet second the clock is nudged 1 ms. If a reminder was still being armed when the clock
    /// jumped, Orleans schedules it on its next one-minute retry boundary; after a few more quiet seconds the clock is
    /// nudged one minute so such a tick comes.
    /// Bounded; returns the value that satisfied the condition.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> condition, string what, FakeTimeProvider? nudge = null)
    {
        var started = DateTime.UtcNow;
        var nudgedMillisecond = false;
        var nextNudge = started + TimeSpan.FromSeconds(3);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }
            if (DateTime.UtcNow > started + TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException($"Timed out waiting until {what}; last value: {value}");
            }
            if (nudge is not null && !nudgedMillisecond && DateTime.UtcNow > started + TimeSpan.FromSeconds(1))
            {
                nudge.Advance(TimeSpan.FromMilliseconds(1));
                nudgedMillisecond = true;
            }
            else if (nudge is not null && DateTime.UtcNow > nextNudge)
            {
                nudge.Advance(TimeSpan.FromMinutes(1));
                nextNudge = DateTime.UtcNow + TimeSpan.FromSeconds(3);
            }
            await Task.Delay(10);
        }
    }
}
