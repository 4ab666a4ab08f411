using Actors.Contracts;

namespace Actors.Hosting.Demo;

/// <summary>
/// A clock that runs <see cref="Speed"/> times faster than the one beneath it, from <see cref="Origin"/> on:
/// at 60× an hour of business passes in a real minute. The demo puts it under the business clock and the
/// reminders' clock, so the simulated day drives the very same grains, rules and durable clocks as production.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider, IPacedClock
{
    private readonly TimeProvider _real;
    private readonly DateTimeOffset _realStart;

    public AcceleratedTimeProvider(DateTimeOffset origin, double speed, TimeProvider? real = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1.0);
        _real = real ?? System;
        _realStart = _real.GetUtcNow();
        Origin = origin.ToUniversalTime();
        Speed = speed;
    }

    public DateTimeOffset Origin { get; }
    public double Speed { get; }

    public override DateTimeOffset GetUtcNow() => Origin + Scale(_real.GetUtcNow() - _realStart, Speed);

    /// <summary>Timestamps run fast too, so elapsed-time measurements agree with <see cref="GetUtcNow"/>.</summary>
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>A business-time span as the real time it takes (infinite stays infinite).</summary>
    private TimeSpan ToReal(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : Scale(span, 1 / Speed);

    private static TimeSpan Scale(TimeSpan span, double factor) => TimeSpan.FromTicks((long)(span.Ticks * factor));

    private sealed class ScaledTimer(ITimer inner, AcceleratedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));
        public void Dispose() => inner.Dispose();
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
