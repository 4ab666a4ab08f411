using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Clients;
using Actors.Domain.Lobby;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Lobby;

/// <summary>
/// One branch's lobby. Each command: catch up with time (the day's close, the day's end, waits reaching their target) →
/// check → change the state → arm the one clock → keep the figures of days that ended → persist → publish the screen
/// delta. An activation catches up too, so a lobby whose day ended while its silo was down is right before anyone asks.
/// </summary>
public sealed class LobbyGrain(
    [PersistentState("lobby")] IPersistentState<LobbyState> state,
    BankRules rules,
    ILogger<LobbyGrain> logger) : Grain, ILobbyGrain, IRemindable
{
    private LobbyState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private LobbyRules Rules => rules.Options.Lobby;
    private LobbyScreen Screen => new(Rules, rules.Clock);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.BranchId is not null)
        {
            await CatchUpNow();
        }
    }

    public async Task<LobbyView?> GetView()
    {
        if (!await IsBranch())
        {
            return null;
        }
        // A screen that connects just after a target instant sees the flag even if the clock's tick is still on its way.
        var now = await CatchUpNow();
        return Screen.View(Id, S, now);
    }

    public async Task<Outcome<TicketView>> IssueTicket(TicketRequest r)
    {
        TicketState? ticket = null;
        return await ChangeAsync(async now =>
        {
            if (r.DeclaredAmount is <= 0)
            {
                return Refusal.Invalid("declaredAmount", "must be greater than 0", "必须大于 0");
            }
            if (await TierOf(r.ClientId) is not (true, var tier))
            {
                return Refusal.NotRegistered("clientId", Thing.Client, r.ClientId!);
            }
            ticket = Kiosk.Issue(S, r, tier, now, Rules, rules.Clock);
            return null;
        }, () => Screen.Ticket(ticket!));
    }

    public Task<Outcome<TicketView>> FlagPremium(string ticketId, string by, string reason) =>
        Change(_ => FloorWork.FlagPremium(S, ticketId, by, reason), () => TicketOf(ticketId));

    public Task<Outcome<TicketView>> SendTicket(string ticketId, string toDeskId) =>
        Change(_ => FloorWork.Send(S, ticketId, toDeskId), () => TicketOf(ticketId));

    public Task<Outcome<TicketView>> VoidTicket(string ticketId, string reason, string by) =>
        Change(now => FloorWork.Void(S, ticketId, reason, by, now), () => TicketOf(ticketId));

    public Task<Outcome<TicketView>> Requeue(string ticketId) =>
        Change(now => FloorWork.Requeue(S, ticketId, now), () => TicketOf(ticketId));

    public Task<Outcome<DeskView>> OpenDesk(DeskOpening opening) =>
        Change(_ => DeskWork.Open(S, opening), () => DeskOf(opening.DeskId));

    public Task<Outcome<DeskView>> CloseDesk(string deskId) =>
        Change(_ => DeskWork.Close(S, deskId), () => DeskOf(deskId));

    public Task<Outcome<DeskView>> Break(string deskId, bool onBreak) =>
        Change(_ => DeskWork.Break(S, deskId, onBreak), () => DeskOf(deskId));

    public Task<Outcome<DeskCall>> CallTicket(string deskId, string ticketId)
    {
        TicketState? ticket = null;
        return Change(now => DeskWork.CallTicket(S, deskId, ticketId, now, Rules, out ticket), () => Call(deskId, ticket));
    }

    public Task<Outcome<DeskCall>> Park(string deskId)
    {
        TicketState? ticket = null;
        return Change(now => DeskWork.Park(S, deskId, now, out ticket), () => Call(deskId, ticket));
    }

    public async Task<QueuePlace?> PlaceOf(string ticketId)
    {
        if (!await IsBranch())
        {
            return null;
        }
        await CatchUpNow();
        return Kiosk.PlaceOf(S, ticketId, Rules, rules.Clock);
    }

    public async Task<LobbyDayFigures?> GetDay(DateOnly date)
    {
        if (!await IsBranch())
        {
            return null;
        }
        await CatchUpNow();
        var today = S.Day!.Value;
        var closesAt = LobbyDayClose.ClosesAt(date, Rules.DayEndsAt, rules.Clock);
        return date > today ? null
            : date == today ? LobbyScreen.Figures(S, Id, date, closesAt, Rules, rules.Clock, closed: false)
            : await GrainFactory.GetGrain<ILobbyDayGrain>(ILobbyDayGrain.Key(Id, date)).Get()
                ?? new LobbyDayFigures(Id, date, closesAt, true, LobbyFigures.Of([]), []);
    }

    public Task<Outcome<DeskCall>> CallNext(string deskId)
    {
        TicketState? ticket = null;
        return Change(now => DeskWork.CallNext(S, deskId, now, Rules, out ticket), () => Call(deskId, ticket));
    }

    public Task<Outcome<DeskCall>> Recall(string deskId)
    {
        TicketState? ticket = null;
        return Change(now => DeskWork.Recall(S, deskId, now, out ticket), () => Call(deskId, ticket));
    }

    public Task<Outcome<DeskCall>> StartService(string deskId)
    {
        TicketState? ticket = null;
        return Change(_ => DeskWork.Start(S, deskId, out ticket), () => Call(deskId, ticket));
    }

    public Task<Outcome<DeskCall>> NoShow(string deskId)
    {
        TicketState? ticket = null;
        return Change(now => DeskWork.NoShow(S, deskId, now, out ticket), () => Call(deskId, ticket));
    }

    public Task<Outcome<DeskCall>> Transfer(string deskId, TicketTransfer transfer)
    {
        TicketState? ticket = null;
        return Change(now => DeskWork.Transfer(S, deskId, transfer, now, out ticket), () => Call(deskId, ticket));
    }

    public Task<Outcome<DeskCall>> Finish(string deskId, string outcome)
    {
        TicketState? ticket = null;
        return Change(now => DeskWork.Finish(S, deskId, outcome, now, out ticket), () => Call(deskId, ticket));
    }

    public Task<Outcome<ComplaintView>> RecordComplaint(ComplaintRecord complaint)
    {
        ComplaintState? recorded = null;
        return Change(now =>
        {
            recorded = ComplaintBook.Record(S, complaint, now, rules.Clock);
            return null;
        }, () => LobbyScreen.Complaint(recorded!));
    }

    public Task<Outcome<ComplaintView>> AcknowledgeComplaint(string complaintId, string by) =>
        Change(now => ComplaintBook.Acknowledge(S, complaintId, by, now), () => LobbyScreen.Complaint(S.Complaint(complaintId)!));

    public Task<Outcome<ComplaintView>> ResolveComplaint(string complaintId, string resolution, string by) =>
        Change(now => ComplaintBook.Resolve(S, complaintId, resolution, by, now), () => LobbyScreen.Complaint(S.Complaint(complaintId)!));

    public Task<Outcome<ComplaintView>> EscalateComplaint(string complaintId, string to) =>
        Change(now => ComplaintBook.Escalate(S, complaintId, to, now), () => LobbyScreen.Complaint(S.Complaint(complaintId)!));

    public async Task<Outcome<ProspectView>> RegisterProspect(ProspectRegistration r)
    {
        ProspectState? prospect = null;
        return await ChangeAsync(async now =>
        {
            var ticket = r.TicketId is null ? null : S.Ticket(r.TicketId);
            if (r.TicketId is not null && ticket is null)
            {
                return Refusal.Invalid("ticketId", $"ticket {r.TicketId} is not in this lobby", $"本大堂没有号票 {r.TicketId}");
            }
            var clientId = r.ClientId ?? ticket?.ClientId;
            var field = r.ClientId is null ? "ticketId" : "clientId";
            if (await TierOf(clientId) is not (true, var tier))
            {
                return Refusal.NotRegistered("clientId", Thing.Client, clientId!);
            }
            // Prospects are customers who are not yet premium clients (brief §4): a Gold client already has a manager's attention.
            if (tier >= Rules.PremiumFromTier)
            {
                return Refusal.Invalid(field, $"client {clientId} is already a {tier} client, not a prospect", $"客户 {clientId} 已是{tier?.InChinese()}客户，不是潜在客户");
            }
            prospect = ProspectList.Register(S, r, clientId, now, rules.Clock);
            return null;
        }, () => ProspectList.View(prospect!));
    }

    public async Task<IReadOnlyList<ProspectView>?> GetProspects(string? managerId) =>
        await IsBranch() ? ProspectList.Of(S, managerId) : null;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.BranchId is not null)
        {
            var now = rules.Now;
            var before = Screen.Content(S);
            await Commit(before, now, LobbyTime.CatchUp(S, Id, now, Rules, rules.Clock), written: true);
        }
    }

    private TicketView TicketOf(string ticketId) => Screen.Ticket(S.Ticket(ticketId)!);

    private DeskView DeskOf(string deskId) => LobbyScreen.Desk(S, S.Desk(deskId)!);

    private DeskCall Call(string deskId, TicketState? ticket) =>
        new(DeskOf(deskId), ticket is null ? null : Screen.Ticket(ticket));

    /// <summary>Brings the lobby to now and persists and publishes what time alone changed; answers now.</summary>
    private async Task<DateTimeOffset> CatchUpNow()
    {
        var now = rules.Now;
        var before = Screen.Content(S);
        await Commit(before, now, LobbyTime.CatchUp(S, Id, now, Rules, rules.Clock), written: false);
        return now;
    }

    /// <summary>(known, tier): no client id is known with no tier; an id the bank does not know is not known.</summary>
    private async Task<(bool Known, ClientTier? Tier)> TierOf(string? clientId)
    {
        if (clientId is null)
        {
            return (true, null);
        }
        var snapshot = await GrainFactory.GetGrain<IClientGrain>(clientId).GetSnapshot();
        return (snapshot is not null, snapshot?.Tier);
    }

    private async Task<bool> IsBranch()
    {
        if (S.BranchId is not null)
        {
            return true;
        }
        if (!await GrainFactory.GetGrain<IInstitutionGrain>(Id).Exists())
        {
            return false;
        }
        S.BranchId = Id;
        // A new lobby starts on today, closed already if it is past the close: nothing for time alone to change yet.
        var today = rules.Today;
        (S.Day, S.DayClosed) = (today, rules.Now >= LobbyDayClose.ClosesAt(today, Rules.DayEndsAt, rules.Clock));
        return true;
    }

    private Task<Outcome<T>> Change<T>(Func<DateTimeOffset, Refusal?> change, Func<T> answer) =>
        ChangeAsync(now => Task.FromResult(change(now)), answer);

    /// <summary>A change whose checks ask other grains (a client's tier) before the first change.</summary>
    private async Task<Outcome<T>> ChangeAsync<T>(Func<DateTimeOffset, Task<Refusal?>> change, Func<T> answer)
    {
        if (!await IsBranch())
        {
            return Refusal.NotRegistered(Thing.Institution, Id);
        }
        var now = rules.Now;
        var before = Screen.Content(S);
        // Time first: a ticket issued after midnight is numbered in a new day, a desk called after the close is closed.
        var time = LobbyTime.CatchUp(S, Id, now, Rules, rules.Clock);
        var refusal = await change(now);
        await Commit(before, now, time, written: refusal is null);
        return refusal is null ? Outcome<T>.Ok(answer()) : refusal;
    }

    /// <summary>
    /// Catches up with time once more (a target reached at this very instant), then re-arms the clock, keeps the figures of
    /// the days that ended, persists and publishes what a screen would see change. The figures are kept before the state is
    /// written: after a crash in between, the lobby ends the same day again and keeps the same figures.
    /// </summary>
    private async Task Commit(ScreenContent before, DateTimeOffset now, CaughtUp time, bool written)
    {
        time = time.And(LobbyTime.CatchUp(S, Id, now, Rules, rules.Clock));
        var delta = Screen.Content(S).Since(before, Id, S.Seq, now);
        if (!time.Changed && !written && delta is null)
        {
            return;
        }
        if (delta is not null)
        {
            S.Seq = delta.Seq;
        }
        S.ClockArmedAt = await this.ArmAsync(S.ClockArmedAt, LobbyTime.NextClockAt(S, Rules, rules.Clock), now);
        foreach (var day in time.Ended)
        {
            await GrainFactory.GetGrain<ILobbyDayGrain>(ILobbyDayGrain.Key(Id, day.Date)).Keep(day);
        }
        await state.WriteStateAsync();
        if (delta is not null)
        {
            await this.PublishAsync(logger, ScreenStreams.Lobby(delta.BranchId), delta);
        }
    }
}
