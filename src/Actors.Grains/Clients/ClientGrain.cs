using Actors.Contracts;
using Actors.Domain;
using Actors.Contracts.Clients;
using Actors.Contracts.Clocks;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Transactions;
using Actors.Contracts.Worklist;
using Actors.Contracts.Loans;
using Actors.Domain.Clients;
using Actors.Domain.Kpis;
using Actors.Grains.Infrastructure;
using Actors.Storage;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Clients;

public sealed class ClientGrain(
    [PersistentState("client")] IPersistentState<ClientState> state,
    BankRules rules,
    IGridStore store,
    ILogger<ClientGrain> logger) : Grain, IClientGrain, IClockTarget, IRemindable
{
    private ClientState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private string? _workSent;

    /// <summary>One commit for the client (its state, clock and row in the institution's register), one for its manager's portfolio.</summary>
    public async Task<Outcome<ClientSnapshot>> Register(ClientRegistration r)
    {
        if (S.IsRegistered)
        {
            return S.InstitutionId == r.InstitutionId && S.Name == r.Name && S.Kind == r.Kind
                ? Outcome<ClientSnapshot>.Ok(Snapshot(Standing()))
                : Refusal.AlreadyRegistered(Thing.Client, Id);
        }
        if (!await GrainFactory.GetGrain<IInstitutionGrain>(r.InstitutionId).Exists())
        {
            return Refusal.NotRegistered("institutionId", Thing.Institution, r.InstitutionId);
        }
        (S.InstitutionId, S.Name, S.Kind, S.RelationshipSince, S.FeeIncome, S.ManagerId) =
            (r.InstitutionId, r.Name, r.Kind, r.RelationshipSince, r.FeeIncome, r.ManagerId);
        this.Stage(new MemberRow(MemberGroups.Institution(r.InstitutionId, MemberKind.Client), Id));
        await Evaluate([r.ManagerId]);
        await TellManager();
        return Outcome<ClientSnapshot>.Ok(Snapshot(Standing()));
    }

    public Task<ClientSnapshot?> GetSnapshot() => Task.FromResult(S.IsRegistered ? Snapshot(Standing()) : null);

    public Task<WorkSource?> GetWork() => Task.FromResult(S.IsRegistered ? Work(Standing()) : null);

    /// <summary>A client is on its manager's worklist when its visit falls due (decided at read time from the due date).</summary>
    private WorkSource Work(ClientStanding s) => new(this.EntityKey(), S.InstitutionId!, rules.Now,
        Client: S.ManagerId is null ? null : new ClientWork(Id, S.Name, S.ManagerId, s.VisitDueOn));

    public async Task<TransactionOutcome> ApplyMovement(AccountMovement m) =>
        GridMetrics.Answered(m.Kind == AccountMovementKind.Deposit ? "deposit" : "withdrawal", await Apply(m));

    private async Task<TransactionOutcome> Apply(AccountMovement m)
    {
        if (!S.IsRegistered)
        {
            return TransactionOutcome.Unknown(m.TransactionId, $"client {Id}");
        }
        var now = rules.Now;
        if (await this.ReplayAsync(store, S.Receipts, m.TransactionId, now, rules.Transactions) is { } first)
        {
            return first;
        }
        if (Receipts.IsTooOld(m.At, now, rules.Transactions))
        {
            return Receipts.TooOld(m.TransactionId, rules.Transactions);
        }
        var signed = m.Kind == AccountMovementKind.Deposit ? m.Amount : -m.Amount;
        TransactionOutcome outcome;
        if (S.DepositBalance + signed < 0)
        {
            // The core system is the ledger of record; a withdrawal we cannot cover means we missed history, so say so.
            outcome = new(m.TransactionId, OutcomeStatus.Refused, $"would overdraw the settlement account (balance {S.DepositBalance:0.00})");
        }
        else
        {
            S.DepositBalance += signed;
            RecordActivity(m.At, signed);
            outcome = new(m.TransactionId, OutcomeStatus.Applied);
        }
        S.Receipts = this.Record(outcome, S.Receipts, now, rules.Transactions);
        await Evaluate();
        return outcome;
    }

    public async Task<ClientSnapshot?> AssignManager(string? managerId)
    {
        if (!S.IsRegistered)
        {
            return null;
        }
        var previous = S.ManagerId;
        S.ManagerId = managerId;
        await Evaluate(previous == managerId ? [] : [previous, managerId]);
        if (previous != managerId)
        {
            // The loans' reminders and promises are the manager's work too: they follow.
            foreach (var loanId in S.LoanBalances.Keys)
            {
                await GrainFactory.GetGrain<ILoanGrain>(loanId).ClientChanged(S.Name, managerId);
            }
        }
        if (previous is not null && previous != managerId)
        {
            await GrainFactory.GetGrain<IManagerGrain>(previous).PortfolioChanged(Id, inPortfolio: false, S.IsCreditClient);
        }
        await TellManager();
        return Snapshot(Standing());
    }

    public async Task<ClientSnapshot?> SetAdverseRecord(bool badCreditOrLitigation)
    {
        if (!S.IsRegistered)
        {
            return null;
        }
        S.AdverseRecord = badCreditOrLitigation;
        await Evaluate();
        return Snapshot(Standing());
    }

    public async Task<ClientSnapshot?> LogVisit(VisitRecord visit)
    {
        if (!S.IsRegistered)
        {
            return null;
        }
        S.Visits.Add(visit);
        // The visit moves the due date, so the item leaves (or moves on) the manager's worklist.
        await Evaluate([S.ManagerId]);
        return Snapshot(Standing());
    }

    public Task<ClientAccountActivity?> GetAccountActivity() => Task.FromResult(S.IsRegistered
        ? new ClientAccountActivity(Id, S.InstitutionId!, S.ManagerId, S.Kind, S.RelationshipSince, S.LastMovementAt, S.DepositBalance,
            [.. S.Reactivations], [.. S.MonthBalances.Values])
        : null);

    /// <summary>Keeps what the KPIs read: a movement after the dormancy period reactivates the account; the month's balances move.</summary>
    private void RecordActivity(DateTimeOffset at, decimal signed)
    {
        var on = rules.Clock.DateOf(at);
        DateOnly? last = S.LastMovementAt is { } l ? rules.Clock.DateOf(l) : null;
        if (AccountActivity.ReactivationBy(on, last, S.RelationshipSince, rules.Options.Kpis) is { } woke)
        {
            S.Reactivations.Add(new(woke.DormantSince, woke.ReactivatedOn));
        }
        if (S.LastMovementAt is null || at > S.LastMovementAt)
        {
            S.LastMovementAt = at;
        }
        var month = AccountActivity.MonthOf(on);
        var known = S.MonthBalances.TryGetValue(month, out var b) ? new MonthBalance(b.Month, b.Opening, b.Closing) : null;
        var next = AccountActivity.Record(known, on, signed, S.DepositBalance);
        S.MonthBalances[month] = new(next.Month, next.Opening, next.Closing);
    }

    public async Task LoanBalanceChanged(string loanId, decimal outstanding)
    {
        var wasCredit = S.IsCreditClient;
        if (S.LoanBalances.TryGetValue(loanId, out var known) && known == outstanding)
        {
            await TellManager();
            return;
        }
        S.LoanBalances[loanId] = outstanding;
        await Evaluate();
        if (wasCredit != S.IsCreditClient)
        {
            await TellManager();
        }
    }

    public Task ClockDue() => Evaluate();

    /// <summary>A clock armed as a reminder of our own before clocks were rows: retired, and the clock moves to its row.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await EntityClock.RetireReminderAsync(this, reminderName);
        await Evaluate();
    }

    private Task TellManager() => S.ManagerId is null
        ? Task.CompletedTask
        : GrainFactory.GetGrain<IManagerGrain>(S.ManagerId).PortfolioChanged(Id, inPortfolio: true, S.IsCreditClient);

    private ClientStanding Standing() => ClientStanding.Of(S, rules.Clock, rules.Today, rules.Options.Clients);

    /// <summary>
    /// Asks the rules for tier and visit due date now, persists, re-arms the clock and feeds the worklists; nudges the
    /// worklists of <paramref name="worklistsChanged"/>, and the manager's when the visit falls overdue or stops being so.
    /// </summary>
    private async Task Evaluate(params IEnumerable<string?> worklistsChanged)
    {
        var now = rules.Now;
        var standing = Standing();
        var nudge = new List<string?>(worklistsChanged);
        if (standing.VisitOverdue != S.VisitOverdue)
        {
            nudge.Add(S.ManagerId);
        }
        (S.Tier, S.VisitOverdue) = (standing.Tier, standing.VisitOverdue);
        S.ClockArmedAt = await EntityClock.ArmAsync(this, S.ClockArmedAt, standing.NextChangeAt(rules.Clock), now);
        await state.WriteStateAsync();
        _workSent = await this.FeedWorklistAsync(logger, Work(standing), _workSent);
        await this.NudgeWorklistsAsync(logger, now, nudge);
    }

    private ClientSnapshot Snapshot(ClientStanding s) => new(
        Id, S.InstitutionId!, S.Name, S.Kind, S.RelationshipSince, S.ManagerId, S.DepositBalance, S.LoanBalance, S.FeeIncome,
        s.StandardDeposits, S.AdverseRecord, s.Tier, s.RatedFrom, S.IsCreditClient, S.LastVisitAt, s.VisitDueOn, s.VisitOverdue, s.NextChangeAt(rules.Clock),
        [.. S.Visits.OrderByDescending(v => v.At).Take(RecentVisitsShown)]);

    /// <summary>Enough for the client's page; the full log stays in the client's state.</summary>
    private const int RecentVisitsShown = 10;
}
