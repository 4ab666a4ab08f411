using Actors.Contracts;
using Actors.Contracts.Screens;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Infrastructure;

internal static class InboxNudges
{
    /// <summary>Tells the screens of these inboxes to read their lists again, after the change is durable: one stream message per inbox.</summary>
    public static async Task NudgeAsync(this Grain grain, ILogger logger, InboxTopic what, DateTimeOffset at, params IEnumerable<string?> inboxes)
    {
        foreach (var inbox in inboxes.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await grain.PublishAsync(logger, ScreenStreams.Inbox(inbox), new InboxChanged(inbox, what, at));
        }
    }

    /// <summary>The worklists of these members of staff changed (nobody's, for a null id).</summary>
    public static Task NudgeWorklistsAsync(this Grain grain, ILogger logger, DateTimeOffset at, params IEnumerable<string?> staffIds) =>
        grain.NudgeAsync(logger, InboxTopic.Worklist, at, staffIds.OfType<string>().Select(Inboxes.Staff));
}
