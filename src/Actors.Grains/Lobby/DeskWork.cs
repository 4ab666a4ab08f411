using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>
/// What desks do with tickets. A desk holds at most one customer: Called (announced) → Serving (at the desk) →
/// Finished; a called customer who never comes is a no-show; a desk may send its customer on (transfer) or set them
/// aside (park) instead. "Call next" finishes the current customer and calls the next, as a teller's one button does.
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
        desk.NameZh = string.IsNullOrWhiteSpace(opening.NameZh) ? desk.NameZh : opening.NameZh;
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
        (desk.Open, desk.OnBreak) = (false, false);
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
        if (desk.CurrentTicketId is { } current && s.Ticket(current) is { } done)
        {
            Finish(done, desk, null, now);
        }
        desk.OnBreak = false;
        var callable = s.Tickets
            .Where(t => t.IsWaiting && LobbyQueue.CanCall(t.Service, t.SentToDeskId, deskId, desk.Services))
            .Select(t => new QueuedTicket(t.Id, t.IssueOrder, t.Premium, t.SentToDeskId == deskId));
        if (LobbyQueue.Next(callable, premiumFirst: desk.Kind == DeskKind.VipRoom) is not { } next)
        {
            return null;
        }
        called = s.Ticket(next.TicketId)!;
        Call(called, desk, now, rules);
        return null;
    }

    /// <summary>The lobby manager's call of one ticket, waiting or parked, to a free desk: its place and service do not matter.</summary>
    public static Refusal? CallTicket(LobbyState s, string deskId, string ticketId, DateTimeOffset now, LobbyRules rules, out TicketState? called)
    {
        called = null;
        if (Ready(s, deskId, out var desk) is { } refusal)
        {
            return refusal;
        }
        if (s.Ticket(ticketId) is not { } ticket)
        {
            return LobbyRefusals.NoTicket(ticketId);
        }
        if (!ticket.IsWaiting && ticket.Status != TicketStatus.Parked)
        {
            return Refusal.Conflict($"ticket {ticket.Number} is {ticket.Status}: only a waiting or parked ticket can be called", $"号票 {ticket.Number} {LobbyRefusals.InChinese(ticket.Status)}：只能呼叫等候中或暂挂的号票");
        }
        if (desk.CurrentTicketId is not null)
        {
            return Refusal.Conflict($"desk {desk.Name} is with ticket {s.Ticket(desk.CurrentTicketId)?.Number}: choose a free desk", $"窗口 {desk.Name} 正在办理号票 {s.Ticket(desk.CurrentTicketId)?.Number}：请选择空闲窗口");
        }
        if (desk.OnBreak)
        {
            return Refusal.Conflict($"desk {desk.Name} is on a break", $"窗口 {desk.Name} 暂停服务中");
        }
        Call(called = ticket, desk, now, rules);
        return null;
    }

    private static void Call(TicketState ticket, DeskState desk, DateTimeOffset now, LobbyRules rules)
    {
        if (ticket.IsWaiting)
        {
            // The wait ends now: a call at the target instant itself counts as a breach, whether or not the clock has ticked yet.
            ticket.SlaBreached |= ServiceLevel.IsBreached(ticket.WaitingSince, ticket.Premium, now, rules);
            ticket.Record(ticket.Times().Called(now));
        }
        else
        {
            // Back from parking: the customer was already called once; this call starts no new wait.
            ticket.Record(ticket.Times() with { AtDeskSince = now });
        }
        (ticket.Status, ticket.CalledAt, ticket.DeskId, ticket.SentToDeskId) = (TicketStatus.Called, now, desk.Id, null);
        desk.CurrentTicketId = ticket.Id;
    }

    /// <summary>The desk's customer steps aside (to fetch a document, to fill a form): parked, and the desk is free.</summary>
    public static Refusal? Park(LobbyState s, string deskId, DateTimeOffset now, out TicketState? ticket)
    {
        if (Current(s, deskId, out var desk, out ticket) is { } refusal)
        {
            return refusal;
        }
        ticket!.Record(ticket.Times().Parked(now, serving: ticket.Status == TicketStatus.Serving));
        ticket.Status = TicketStatus.Parked;
        desk.CurrentTicketId = null;
        return null;
    }

    /// <summary>A desk with no customer goes on a break (it calls nobody meanwhile) or comes back.</summary>
    public static Refusal? Break(LobbyState s, string deskId, bool onBreak)
    {
        if (Ready(s, deskId, out var desk) is { } refusal)
        {
            return refusal;
        }
        if (onBreak && desk.CurrentTicketId is not null)
        {
            return Refusal.Conflict($"desk {desk.Name} still has ticket {s.Ticket(desk.CurrentTicketId)?.Number}: finish, transfer or park it first", $"窗口 {desk.Name} 还有号票 {s.Ticket(desk.CurrentTicketId)?.Number}：请先办结、转移或暂挂");
        }
        desk.OnBreak = onBreak;
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
                return LobbyRefusals.DeskNotOpen(toDeskId);
            }
        }
        ticket!.NewWait(ticket.Times().Requeued(now));
        ticket.Service = transfer.ToService ?? ticket.Service;
        (ticket.Status, ticket.DeskId, ticket.SentToDeskId) = (TicketStatus.Transferred, transfer.ToDeskId, transfer.ToDeskId);
        desk.CurrentTicketId = null;
        return null;
    }

    public static Refusal? Finish(LobbyState s, string deskId, string outcome, DateTimeOffset now, out TicketState? ticket)
    {
        if (Current(s, deskId, out var desk, out ticket) is { } refusal)
        {
            return refusal;
        }
        Finish(ticket!, desk, outcome, now);
        return null;
    }

    private static void Finish(TicketState ticket, DeskState desk, string? outcome, DateTimeOffset now)
    {
        ticket.Record(ticket.Times().Finished(now));
        (ticket.Status, ticket.ClosedAt, ticket.Outcome) = (TicketStatus.Finished, now, outcome);
        desk.CurrentTicketId = null;
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
