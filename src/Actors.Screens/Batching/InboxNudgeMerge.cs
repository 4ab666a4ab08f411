using Actors.Contracts.Screens;

namespace Actors.Screens.Batching;

public static class InboxNudgeMerge
{
    /// <summary>
    /// Nudges are not data: two about the same inbox and topic in one batch say no more than the later one. Different
    /// topics stay apart, so the approvals inbox still hears its own.
    /// </summary>
    public static InboxChanged? TryMerge(InboxChanged earlier, InboxChanged later) =>
        earlier.Inbox == later.Inbox && earlier.What == later.What
            ? later with { At = earlier.At > later.At ? earlier.At : later.At }
            : null;
}
