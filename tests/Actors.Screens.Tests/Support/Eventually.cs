using Microsoft.Extensions.Time.Testing;

namespace Actors.Screens.Tests.Support;

public static class Eventually
{
    /// <summary>
    /// Polls until the condition holds (bounded): deltas reach the screens asynchronously. With a fake clock, each poll
    /// moves it by <paramref name="step"/>, so time-based flushes come without any real waiting for them.
    /// </summary>
    public static async Task<T> Until<T>(Func<T> read, Func<T, bool> condition, string what, FakeTimeProvider? clock = null, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var value = read();
            if (condition(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}; last value: {value}");
            }
            clock?.Advance(step ?? TimeSpan.FromMilliseconds(5));
            await Task.Delay(5);
        }
    }
}
