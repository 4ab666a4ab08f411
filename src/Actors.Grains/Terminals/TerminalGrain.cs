using Actors.Contracts;
using Actors.Contracts.Clocks;
using Actors.Domain;
using Actors.Contracts.Institutions;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Contracts.Worklist;
using Actors.Domain.Terminals;
using Actors.Grains.Infrastructure;
using Actors.Storage;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Terminals;

public sealed class TerminalGrain(
    [PersistentState("terminal")] IPersistentState<TerminalState> state,
    BankRules rules,
    IGridStore store,
    ILogger<TerminalGrain> logger) : Grain, ITerminalGrain, IClockTarget, IRemindable
{
    private TerminalState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private string? _workSent;

    /// <summary>One commit: the terminal's state, its clock and its rows in the institution's and the maintainer's registers.</summary>
    public async Task<Outcome<TerminalSnapshot>> Register(TerminalRegistration r)
    {
        if (S.IsRegistered)
        {
            if (S.InstitutionId != r.InstitutionId || S.MaintainerId != r.MaintainerId || S.MerchantName != r.MerchantName)
            {
                return Refusal.AlreadyRegistered(Thing.Terminal, Id);
            }
            // A repeat also makes sure the month-end list clock runs and the maintainer's portfolio lists us (data registered before they existed).
            await GrainFactory.GetGrain<IInactiveTerminalsGrain>(S.InstitutionId!).Start();
            await GrainFactory.GetGrain<ITerminalPortfolioGrain>(S.MaintainerId).Add(Id);
            return Outcome<TerminalSnapshot>.Ok(Snapshot());
        }
        if (!await GrainFactory.GetGrain<IInstitutionGrain>(r.InstitutionId).Exists())
        {
            return Refusal.NotRegistered("institutionId", Thing.Institution, r.InstitutionId);
        }
        (S.InstitutionId, S.MerchantName, S.MerchantClientId, S.MaintainerId, S.SignedUpAt) =
            (r.InstitutionId, r.MerchantName, r.MerchantClientId, r.MaintainerId, r.SignedUpAt);
        this.Stage(new MemberRow(MemberGroups.Institution(r.InstitutionId, MemberKind.Terminal), Id));
        this.Stage(new MemberRow(MemberGroups.Portfolio(r.MaintainerId), Id));
        await Evaluate();
        await GrainFactory.GetGrain<IInactiveTerminalsGrain>(r.InstitutionId).Start();
        return Outcome<TerminalSnapshot>.Ok(Snapshot());
    }

    public Task<TerminalSnapshot?> GetSnapshot() => Task.FromResult(S.IsRegistered ? Snapshot() : null);

    public Task<WorkSource?> GetWork() => Task.FromResult(S.IsRegistered ? Work() : null);

    /// <summary>An inactive terminal is its maintainer's to re-activate.</summary>
    private WorkSource Work() => new(this.EntityKey(), S.InstitutionId!, rules.Now,
        Terminal: S.InactiveSince is null ? null : new TerminalWork(Id, S.MerchantName, S.MaintainerId, S.InactiveSince));

    public async Task<TransactionOutcome> ApplySale(PosSale sale) => GridMetrics.Answered("posSale", await Apply(sale));

    private async Task<TransactionOutcome> Apply(PosSale sale)
    {
        if (!S.IsRegistered)
        {
            return TransactionOutcome.Unknown(sale.TransactionId, $"terminal {Id}");
        }
        var now = rules.Now;
        if (await this.ReplayAsync(store, S.Receipts, sale.TransactionId, now, rules.Transactions) is { } first)
        {
            return first;
        }
        if (Receipts.IsTooOld(sale.At, now, rules.Transactions))
        {
            return Receipts.TooOld(sale.TransactionId, rules.Transactions);
        }
        S.LastSaleAt = S.LastSaleAt is { } last && last > sale.At ? last : sale.At;
        S.SalesCount++;
        S.SalesAmount += sale.Amount;
        S.ActiveMonths.Add(ActivationClaims.MonthKey(rules.Clock.DateOf(sale.At)));
        var outcome = new TransactionOutcome(sale.TransactionId, OutcomeStatus.Applied);
        S.Receipts = this.Record(outcome, S.Receipts, now, rules.Transactions);
        await Evaluate();
        return outcome;
    }

    public async Task<string?> BeginTransfer(string transferId)
    {
        if (S.OpenTransferId is { } open)
        {
            return open == transferId ? null : open;
        }
        S.OpenTransferId = transferId;
        await state.WriteStateAsync();
        return null;
    }

    public async Task EndTransfer(string transferId, string? newMaintainerId)
    {
        if (S.OpenTransferId != transferId)
        {
            return;
        }
        S.OpenTransferId = null;
        var previous = S.MaintainerId;
        if (newMaintainerId is not null)
        {
            S.MaintainerId = newMaintainerId;
        }
        await state.WriteStateAsync();
        _workSent = await this.FeedWorklistAsync(logger, Work(), _workSent);
        if (newMaintainerId is not null && newMaintainerId != previous)
        {
            // Through the portfolios, not as rows of our own: a portfolio kept as a set before issue 13 moves to rows first.
            await GrainFactory.GetGrain<ITerminalPortfolioGrain>(newMaintainerId).Add(Id);
            await GrainFactory.GetGrain<ITerminalPortfolioGrain>(previous).Remove(Id);
            // An inactive terminal is on its maintainer's worklist: it moves from one list to the other.
            if (S.InactiveSince is not null)
            {
                await this.NudgeWorklistsAsync(logger, rules.Now, previous, newMaintainerId);
            }
        }
    }

    /// <summary>The last sale counts too, for a terminal whose earlier sales were recorded before months were kept.</summary>
    public Task<bool> ActiveInMonth(string month) => Task.FromResult(
        S.ActiveMonths.Contains(month) || (S.LastSaleAt is { } last && ActivationClaims.MonthKey(rules.Clock.DateOf(last)) == month));

    public Task ClockDue() => Evaluate();

    /// <summary>A clock armed as a reminder of our own before clocks were rows: retired, and the clock moves to its row.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await EntityClock.RetireReminderAsync(this, reminderName);
        await Evaluate();
    }

    /// <summary>Asks the rule whether the terminal is inactive now, persists, re-arms the clock and feeds the worklists.</summary>
    private async Task Evaluate()
    {
        var now = rules.Now;
        var wasInactive = S.InactiveSince is not null;
        var inactiveAt = TerminalActivity.InactiveAt(S.LastActivityAt, rules.Options.Terminals);
        var inactive = TerminalActivity.IsInactive(S.LastActivityAt, now, rules.Options.Terminals);
        S.InactiveSince = inactive ? inactiveAt : null;
        S.ClockArmedAt = await EntityClock.ArmAsync(this, S.ClockArmedAt, inactive ? null : inactiveAt, now);
        await state.WriteStateAsync();

        _workSent = await this.FeedWorklistAsync(logger, Work(), _workSent);
        // Gone inactive (onto the maintainer's worklist) or active again (off it).
        if (wasInactive != inactive)
        {
            await this.NudgeWorklistsAsync(logger, now, S.MaintainerId);
        }
    }

    private TerminalSnapshot Snapshot() => new(
        Id, S.InstitutionId!, S.MerchantName, S.MerchantClientId, S.MaintainerId, S.SignedUpAt, S.LastSaleAt,
        S.InactiveSince is not null, S.InactiveSince, TerminalActivity.InactiveAt(S.LastActivityAt, rules.Options.Terminals),
        S.SalesCount, S.SalesAmount, S.ClockArmedAt);
}
