using Actors.Contracts;
using Actors.Contracts.Screens;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Infrastructure;

internal static partial class InboxNudges
{
    /// <summary>
    /// Tells the screens of these inboxes to read their lists again, after the change is durable: one stream message per
    /// inbox. A failed nudge is logged, not thrown: the change stands, and the screens re-read on a slow timer anyway.
    /// </summary>
    public static async Task NudgeAsync(this Grain grain, ILogger logger, InboxTopic what, DateTimeOffset at, params IEnumerable<string?> inboxes)
    {
        foreach (var inbox in inboxes.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            try
            {
                await grain.GetStreamProvider(GridStreams.ProviderName).GetStream<InboxChanged>(ScreenStreams.Inbox(inbox))
                    .OnNextAsync(new InboxChanged(inbox, what, at));
            }
            catch (Exception ex)
            {
                LogNudgeFailed(logger, ex, inbox);
            }
        }
    }

    /// <summary>The worklists of these members of staff changed (nobody's, for a null id).</summary>
    public static Task NudgeWorklistsAsync(this Grain grain, ILogger logger, DateTimeOffset at, params IEnumerable<string?> staffIds) =>
        grain.NudgeAsync(logger, InboxTopic.Worklist, at, staffIds.OfType<string>().Select(Inboxes.Staff));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not nudge the screens of inbox {Inbox}")]
    private static partial void LogNudgeFailed(ILogger logger, Exception ex, string inbox);
}
