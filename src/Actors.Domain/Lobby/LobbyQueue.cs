namespace Actors.Domain.Lobby;

/// <summary>A ticket a desk may call, in the terms that decide the order.</summary>
/// <param name="IssueOrder">The lobby's running issue counter: a transferred ticket keeps its place from when it was first issued.</param>
/// <param name="SentToThisDesk">The ticket was transferred to this desk by name.</param>
public sealed record QueuedTicket(string TicketId, long IssueOrder, bool Premium, bool SentToThisDesk);

/// <summary>
/// Who a desk calls next. Tickets sent to the desk by name come first (the customer was already being served);
/// then, at a VIP-room desk only, premium customers; then everyone in issue order. Counters call premium customers
/// in issue order like everyone else: premium treatment is discreet and every customer is welcomed alike (brief §4),
/// and a VIP desk with no premium customer waiting still serves ordinary tickets of its services rather than idle.
/// </summary>
public static class LobbyQueue
{
    /// <summary>A ticket sent to a desk by name waits for that desk only; others wait for any desk offering their service.</summary>
    public static bool CanCall<TService>(TService service, string? sentToDeskId, string deskId, IReadOnlyCollection<TService> deskServices) =>
        sentToDeskId is null ? deskServices.Contains(service) : sentToDeskId == deskId;

    public static QueuedTicket? Next(IEnumerable<QueuedTicket> callable, bool premiumFirst) =>
        callable
            .OrderByDescending(t => t.SentToThisDesk)
            .ThenByDescending(t => premiumFirst && t.Premium)
            .ThenBy(t => t.IssueOrder)
            .FirstOrDefault();
}
