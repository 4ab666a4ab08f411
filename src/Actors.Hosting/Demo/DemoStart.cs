using Actors.Domain;

namespace Actors.Hosting.Demo;

/// <summary>Where the demo's business clock starts.</summary>
public static class DemoStart
{
    /// <summary>
    /// <paramref name="startAt"/>, or today's preparation time (08:30 local) when it is not set. If the store has already
    /// lived to <paramref name="reached"/> or beyond it (a restarted demo), the clock opens on the morning after instead:
    /// grain state, receipts and durable clocks were written on that timeline, and time must never go back for them.
    /// </summary>
    public static DateTimeOffset Origin(DateTimeOffset? startAt, DateTimeOffset? reached, DateTimeOffset realNow, BusinessClock clock)
    {
        var origin = startAt ?? clock.At(clock.DateOf(realNow), BranchDayTimes.Preparation);
        return reached is { } last && last >= origin ? clock.At(clock.DateOf(last).AddDays(1), BranchDayTimes.Preparation) : origin;
    }
}
