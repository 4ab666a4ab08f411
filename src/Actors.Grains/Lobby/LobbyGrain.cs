using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Clients;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Lobby;

/// <summary>
/// One branch's lobby. Each command: check → change the state → catch up with time (waits reaching their target,
/// yesterday's closed items dropping off) → arm the one clock → persist → publish the screen delta.
/// </summary>
public sealed class LobbyGrain(
    [PersistentState("lobby")] IPersistentState<LobbyState> state,
    BankRules rules,
    ILogger<LobbyGrain> logger) : Grain, ILobbyGrain, IRemindable
{
    private LobbyState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private LobbyRules Rules => rules.Options.Lobby;
    private LobbyScreen Screen => new(Rules);

    public async Task<LobbyView?> GetView()
    {
        if (!await IsBranch())
        {
            return null;
        }
        // A screen that connects just after a target instant sees the flag even if the clock's tick is still on its way.
        var now = rules.Now;
        await Commit(Screen.Content(S), now, written: false);
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
        Change(_ => Kiosk.FlagPremium(S, ticketId, by, reason), () => Screen.Ticket(S.Ticket(ticketId)!));

    public Task<Outcome<DeskView>> OpenDesk(DeskOpening opening) =>
        Change(_ => DeskWork.Open(S, opening), () => LobbyScreen.Desk(S.Desk(opening.DeskId)!));

    public Task<Outcome<DeskView>> CloseDesk(string deskId) =>
        Change(_ => DeskWork.Close(S, deskId), () => LobbyScreen.Desk(S.Desk(deskId)!));

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
                return Refusal.Invalid(field, $"client {clientId} is already a {tier} client, not a prospect", $"客户 {clientId} 已是{tier}级客户，不是潜在客户");
            }
            prospect = ProspectList.Register(S, r, clientId, now, rules.Clock);
            return null;
        }, () => ProspectList.View(prospect!));
    }

    public async Task<IReadOnlyList<ProspectView>?> GetProspects(string? managerId) =>
        await IsBranch() ? ProspectList.Of(S, managerId) : null;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Commit(Screen.Content(S), rules.Now, written: true);

    private DeskCall Call(string deskId, TicketState? ticket) =>
        new(LobbyScreen.Desk(S.Desk(deskId)!), ticket is null ? null : Screen.Ticket(ticket));

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
        if (await change(now) is { } refusal)
        {
            return refusal;
        }
        await Commit(before, now, written: true);
        return Outcome<T>.Ok(answer());
    }

    /// <summary>Catches up with time, then persists, re-arms the clock and publishes what a screen would see change.</summary>
    private async Task Commit(ScreenContent before, DateTimeOffset now, bool written)
    {
        var changed = LobbyTime.CatchUp(S, now, Rules, rules.Clock) | written;
        var delta = Screen.Content(S).Since(before, Id, S.Seq, now);
        if (!changed && delta is null)
        {
            return;
        }
        if (delta is not null)
        {
            S.Seq = delta.Seq;
        }
        S.ClockArmedAt = await this.ArmAsync(S.ClockArmedAt, LobbyTime.NextClockAt(S, now, Rules, rules.Clock), now);
        await state.WriteStateAsync();
        if (delta is not null)
        {
            await this.PublishAsync(logger, delta);
        }
    }
}
