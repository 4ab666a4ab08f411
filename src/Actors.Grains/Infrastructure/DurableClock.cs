using Orleans.Runtime;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// Each entity has one durable reminder, set at the earliest instant any of its rules can change it.
/// The reminder row is the durable part (it survives restarts and moves with the grain in a cluster);
/// between instants nothing runs. Moving a clock later is lazy: the reminder fires at the old instant,
/// finds nothing due, and re-arms, so a busy terminal costs one reminder write per month, not one per sale.
/// </summary>
internal static class DurableClock
{
    public const string ReminderName = "clock";

    /// <summary>Only used if a tick is not handled (e.g. a storage failure): the reminder tries again after this.</summary>
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Makes sure the reminder fires no later than <paramref name="next"/> (or is gone when nothing is due);
    /// returns the instant it is armed for. An instant at or before now is one that has just fired.
    /// </summary>
    public static async Task<DateTimeOffset?> ArmAsync(this Grain grain, DateTimeOffset? armedAt, DateTimeOffset? next, DateTimeOffset now)
    {
        if (next is null)
        {
            if (armedAt is not null && await grain.GetReminder(ReminderName) is { } reminder)
            {
                await grain.UnregisterReminder(reminder);
            }
            return null;
        }
        if (armedAt is not null && armedAt <= next && armedAt > now)
        {
            return armedAt;
        }
        var dueTime = next.Value - now;
        await grain.RegisterOrUpdateReminder(ReminderName, dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime, RetryPeriod);
        return next;
    }
}
