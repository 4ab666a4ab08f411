namespace Actors.Contracts.Screens;

/// <summary>What changed in an inbox: the approvals inbox, or the worklist (which also lists approvals).</summary>
public enum InboxTopic { Approvals, Worklist }

/// <summary>
/// A nudge, not data: something landed on or left <paramref name="Inbox"/> at <paramref name="At"/>. A screen that
/// hears it reads its list again, so a lost nudge costs only freshness (the screens also re-read on a slow timer).
/// </summary>
/// <param name="Inbox">The inbox that changed: a member of staff's own or a role queue they read (<see cref="Inboxes"/>).</param>
[GenerateSerializer, Immutable, Alias("bg.InboxChanged")]
public sealed record InboxChanged(string Inbox, InboxTopic What, DateTimeOffset At);
