using Orleans.Concurrency;

namespace Actors.Contracts.Clocks;

/// <summary>
/// One of a fixed number of clock buckets (key 0 … <see cref="Count"/> − 1). Entities keep their next rule instant as a
/// row of the clock table; each bucket holds one durable reminder at the earliest instant of its rows and, when it fires,
/// wakes every entity of the bucket that is due.
/// </summary>
public interface IClockBucketGrain : IGrainWithIntegerKey
{
    /// <summary>How many buckets there are. Rows carry their bucket: changing this needs a migration of the clock table.</summary>
    public const int Count = 64;

    /// <summary>
    /// Makes sure the bucket fires no later than <paramref name="at"/>. Called by an entity before it commits a clock
    /// earlier than the one it had, so a clock is never left without a reminder. Interleaves with the bucket's own
    /// firing, which is what wakes the entities that call it.
    /// </summary>
    [AlwaysInterleave]
    Task Arm(DateTimeOffset at);
}

/// <summary>An entity whose durable clock is a row of the clock table (a terminal, a client, a loan).</summary>
public interface IClockTarget : IGrainWithStringKey
{
    /// <summary>Its clock's instant has come: evaluate the rules at now, persist, re-arm.</summary>
    Task ClockDue();
}
