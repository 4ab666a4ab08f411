using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>
/// What desks do with tickets. A desk holds at most one customer: Called (announced) → Serving (at the desk) →
/// Finished; a called customer who never comes is a no-show; a desk may send its customer on (transfer) instead.
/// </summary>
internal static class DeskWork
{
    public static Refusal? Open(LobbyState s, DeskOpening opening)
    {
        if (opening.Services.Count == 0)
        {
            return Refusal.Invalid("services", "a desk serves at least one service", "窗口至少办理一项业务");
        }
        var desk = s.Desk(opening.DeskId);
        if (desk is null)
        {
            s.Desks.Add(desk = new DeskState { Id = opening.DeskId });
        }
        (desk.Name, desk.Kind, desk.Services, desk.Open) = (opening.Name, opening.Kind, [.. opening.Services.Distinct()], true);
        return null;
    }

    public static Refusal? Close(LobbyState s, string deskId)
    {
        if (s.Desk(deskId) is not { } desk)
        {
            return LobbyRefusals.NoDesk(deskId);
        }
        if (desk.CurrentTicketId is not null)
        {
            return LobbyRefusals.StillServing(desk.Name, s.Ticket(desk.CurrentTicketId)?.Number);
        }
        desk.Open = false;
        // Customers sent to this desk by name would wait for nobody: they go back to their service's queue, keeping their place.
        foreach (var ticket in s.Tickets.Where(t => t.IsWaiting && t.SentToDeskId == deskId))
        {
            (ticket.SentToDeskId, ticket.DeskId) = (null, null);
        }
        return null;
    }

    public static Refusal? CallNext(LobbyState s, string deskId, DateTimeOffset now, LobbyRules rules, out TicketState? called)
    {
        called = null;
        if (Ready(s, deskId, out var desk) is { } refusal)
        {
            return refusal;
        }
        if (desk.CurrentTicketId is not null)
        {
            return LobbyRefusals.StillServing(desk.Name, s.Ticket(desk.CurrentTicketId)?.Number);
        }
        var callable = s.Tickets
            .Where(t => t.IsWaiting && LobbyQueue.CanCall(t.Service, t.SentToDeskId, deskId, desk.Services))
            .Select(t => new QueuedTicket(t.Id, t.IssueOrder, t.Premium, t.SentToDeskId == deskId));
        if (LobbyQueue.Next(callable, premiumFirst: desk.Kind == DeskKind.VipRoom) is not { } next)
        {
            return null;
        }
        called = s.Ticket(next.TicketId)!;
        // The wait ends now: a call at the target instant itself counts as a breach, whether or not the clock has ticked yet.
        called.SlaBreached |= ServiceLevel.IsBreached(called.WaitingSince, called.Premium, now, rules);
        called.Record(called.Times().Called(now));
        (called.Status, called.CalledAt, called.DeskId, called.SentToDeskId) = (TicketStatus.Called, now, deskId, null);
        desk.CurrentTicketId = called.Id;
        return null;
    }

    /// <summary>Announces the current ticket again; the announcement instant becomes its CalledAt, so screens show it anew.</summary>
    public static Refusal? Recall(LobbyState s, string deskId, DateTimeOffset now, out TicketState? ticket)
    {
        if (Current(s, deskId, out var desk, out ticket) is { } refusal)
        {
            return refusal;
        }
        if (ticket!.Status != TicketStatus.Called)
        {
            return Refusal.Conflict($"ticket {ticket.Number} is already being served at desk {desk.Name}", $"号票 {ticket.Number} 已在窗口 {desk.Name} 办理中");
        }
        ticket.CalledAt = now;
        ticket.Recalls++;
        return null;
    }

    public static Refusal? Start(LobbyState s, string deskId, out TicketState? ticket)
    {
        if (Current(s, deskId, out _, out ticket) is { } refusal)
        {
            return refusal;
        }
        ticket!.Status = TicketStatus.Serving;
        return null;
    }

    public static Refusal? NoShow(LobbyState s, string deskId, DateTimeOffset now, out TicketState? ticket)
    {
        if (Current(s, deskId, out var desk, out ticket) is { } refusal)
        {
            return refusal;
        }
        if (ticket!.Status != TicketStatus.Called)
        {
            return Refusal.Conflict($"ticket {ticket.Number} is being served at desk {desk.Name}: the customer came", $"号票 {ticket.Number} 正在窗口 {desk.Name} 办理：客户已到");
        }
        ticket.Record(ticket.Times().NoShow());
        (ticket.Status, ticket.ClosedAt) = (TicketStatus.NoShow, now);
        desk.CurrentTicketId = null;
        return null;
    }

    public static Refusal? Transfer(LobbyState s, string deskId, TicketTransfer transfer, DateTimeOffset now, out TicketState? ticket)
    {
        if (Current(s, deskId, out var desk, out ticket) is { } refusal)
        {
            return refusal;
        }
        if (transfer.ToService is null && transfer.ToDeskId is null)
        {
            return Refusal.Invalid("toService", "name the service or the desk (toDeskId) the customer goes to", "请填写客户要去的业务或窗口（toDeskId）");
        }
        if (transfer.ToDeskId is { } toDeskId)
        {
            if (toDeskId == deskId)
            {
                return Refusal.Invalid("toDeskId", "is the desk the customer is at", "就是客户所在的窗口");
            }
            if (s.Desk(toDeskId) is not { Open: true })
            {
                return Refusal.Invalid("toDeskId", $"desk {toDeskId} is not open in this lobby", $"本大堂的窗口 {toDeskId} 未开放");
            }
        }
        ticket!.Record(ticket.Times().Requeued(now));
        ticket.Service = transfer.ToService ?? ticket.Service;
        (ticket.Status, ticket.DeskId, ticket.SentToDeskId, ticket.SlaBreached) = (TicketStatus.Transferred, transfer.ToDeskId, transfer.ToDeskId, false);
        desk.CurrentTicketId = null;
        return null;
    }

    public static Refusal? Finish(LobbyState s, string deskId, string outcome, DateTimeOffset now, out TicketState? ticket)
    {
        if (Current(s, deskId, out var desk, out ticket) is { } refusal)
        {
            return refusal;
        }
        ticket!.Record(ticket.Times().Finished(now));
        (ticket.Status, ticket.ClosedAt, ticket.Outcome) = (TicketStatus.Finished, now, outcome);
        desk.CurrentTicketId = null;
        return null;
    }

    private static Refusal? Ready(LobbyState s, string deskId, out DeskState desk)
    {
        desk = s.Desk(deskId)!;
        return desk is null ? LobbyRefusals.NoDesk(deskId)
            : !desk.Open ? Refusal.Conflict($"desk {desk.Name} is closed", $"窗口 {desk.Name} 已关闭")
            : null;
    }

    private static Refusal? Current(LobbyState s, string deskId, out DeskState desk, out TicketState? ticket)
    {
        ticket = null;
        if (Ready(s, deskId, out desk) is { } refusal)
        {
            return refusal;
        }
        ticket = desk.CurrentTicketId is { } id ? s.Ticket(id) : null;
        return ticket is null ? Refusal.Conflict($"desk {desk.Name} has no customer: call the next ticket first", $"窗口 {desk.Name} 没有客户：请先叫下一个号") : null;
    }
}
