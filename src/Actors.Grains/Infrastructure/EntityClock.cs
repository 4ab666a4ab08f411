using Actors.Contracts.Clocks;
using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// The durable clock of an entity (terminal, client, loan) as a row of the clock table, written in the same commit as
/// the entity's state, and woken by its bucket (<see cref="IClockBucketGrain"/>). A million entities cost a million
/// small rows and <see cref="IClockBucketGrain.Count"/> Orleans reminders, not a million reminders that the reminder
/// service re-reads every few minutes.
/// </summary>
/// <remarks>
/// Same rules as the reminder-based <see cref="DurableClock"/>: the instant is the rules' next one; moving it later is
/// lazy (the row fires at the old instant, the entity finds nothing due and re-arms); the bucket is armed before the row
/// is committed, so a crash in between leaves an early wake-up, never a lost clock.
/// </remarks>
internal static class EntityClock
{
    public static int BucketOf(GrainId grainId) => (int)(grainId.GetUniformHashCode() % IClockBucketGrain.Count);

    /// <summary>Stages the entity's clock row for its next state write; returns the instant armed (null: none).</summary>
    public static async Task<DateTimeOffset?> ArmAsync(Grain grain, DateTimeOffset? armedAt, DateTimeOffset? next, DateTimeOffset now)
    {
        var id = grain.GetGrainId();
        if (next is null)
        {
            if (armedAt is not null)
            {
                grain.Stage(new ClockRow(id.ToString(), BucketOf(id), null));
            }
            return null;
        }
        if (armedAt is not null && armedAt <= next && armedAt > now)
        {
            return armedAt;
        }
        // Rows keep whole milliseconds: rounding up, the bucket never wakes the entity before its instant.
        var due = UpToMillisecond(next.Value);
        await grain.GrainContext.ActivationServices.GetRequiredService<IGrainFactory>().GetGrain<IClockBucketGrain>(BucketOf(id)).Arm(due);
        grain.Stage(new ClockRow(id.ToString(), BucketOf(id), due));
        return next;
    }

    private static DateTimeOffset UpToMillisecond(DateTimeOffset at)
    {
        var rest = at.UtcTicks % TimeSpan.TicksPerMillisecond;
        return new DateTimeOffset(rest == 0 ? at.UtcTicks : at.UtcTicks - rest + TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    /// <summary>
    /// An entity armed before clocks were rows kept an Orleans reminder of its own: when it fires, it is removed and the
    /// clock moves to the table by the evaluation that follows.
    /// </summary>
    public static async Task RetireReminderAsync(Grain grain, string reminderName)
    {
        if (await grain.GetReminder(reminderName) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
