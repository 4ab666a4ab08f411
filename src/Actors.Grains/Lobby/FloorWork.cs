using Actors.Domain;
using Actors.Contracts.Screens;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>
/// What the lobby manager does with tickets on the floor (brief §4, as in a queue-management console): flags a premium
/// customer, sends a waiting ticket to one desk (the VIP room, a client manager), voids a ticket, puts a parked one back
/// in its queue. Calling a ticket to a desk is the desk's work (<see cref="DeskWork.CallTicket"/>).
/// </summary>
internal static class FloorWork
{
    /// <summary>A manual flag on an open ticket (the latest reason wins); it shortens the waiting target at once.</summary>
    public static Refusal? FlagPremium(LobbyState s, string ticketId, string by, string reason)
    {
        if (Open(s, ticketId, out var ticket) is { } refusal)
        {
            return refusal;
        }
        (ticket.ManualFlagBy, ticket.ManualFlagReason) = (by, reason);
        return null;
    }

    /// <summary>The ticket waits for one open desk only from now on, keeping its place and its wait.</summary>
    public static Refusal? Send(LobbyState s, string ticketId, string toDeskId)
    {
        if (Open(s, ticketId, out var ticket) is { } refusal)
        {
            return refusal;
        }
        if (!ticket.IsWaiting)
        {
            return Refusal.Conflict($"ticket {ticket.Number} is {ticket.Status}: only a waiting ticket can be sent to a desk", $"号票 {ticket.Number} {LobbyRefusals.InChinese(ticket.Status)}：只有等候中的号票可以指定窗口");
        }
        if (s.Desk(toDeskId) is not { Open: true })
        {
            return LobbyRefusals.DeskNotOpen(toDeskId);
        }
        (ticket.DeskId, ticket.SentToDeskId) = (toDeskId, toDeskId);
        return null;
    }

    /// <summary>A waiting or parked ticket is cancelled: the customer left, or it was printed twice.</summary>
    public static Refusal? Void(LobbyState s, string ticketId, string reason, string by, DateTimeOffset now)
    {
        if (Open(s, ticketId, out var ticket) is { } refusal)
        {
            return refusal;
        }
        if (ticket.IsAtDesk)
        {
            return Refusal.Conflict($"ticket {ticket.Number} is at a desk: the desk finishes it or marks a no-show", $"号票 {ticket.Number} 正在窗口：由窗口办结或标记过号");
        }
        if (ticket.IsWaiting)
        {
            ticket.Record(ticket.Times().WaitEnded(now));
        }
        (ticket.Status, ticket.ClosedAt, ticket.VoidReason, ticket.VoidedBy, ticket.SentToDeskId) = (TicketStatus.Voided, now, reason, by, null);
        return null;
    }

    /// <summary>A parked ticket goes back to its service's queue in its old place; its new wait starts now.</summary>
    public static Refusal? Requeue(LobbyState s, string ticketId, DateTimeOffset now)
    {
        if (Open(s, ticketId, out var ticket) is { } refusal)
        {
            return refusal;
        }
        if (ticket.Status != TicketStatus.Parked)
        {
            return Refusal.Conflict($"ticket {ticket.Number} is {ticket.Status}: only a parked ticket goes back to the queue", $"号票 {ticket.Number} {LobbyRefusals.InChinese(ticket.Status)}：只有暂挂的号票可以重新排队");
        }
        ticket.NewWait(ticket.Times().Requeued(now));
        (ticket.Status, ticket.DeskId) = (TicketStatus.Waiting, null);
        return null;
    }

    private static Refusal? Open(LobbyState s, string ticketId, out TicketState ticket)
    {
        ticket = s.Ticket(ticketId)!;
        return ticket is null ? LobbyRefusals.NoTicket(ticketId)
            : ticket.IsClosed ? LobbyRefusals.TicketClosed(ticket.Number, ticket.Status)
            : null;
    }
}
