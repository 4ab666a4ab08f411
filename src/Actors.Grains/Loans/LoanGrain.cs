using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Clocks;
using Actors.Contracts.Events;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Transactions;
using Actors.Domain;
using Actors.Domain.Loans;
using Actors.Grains.Infrastructure;
using Actors.Storage;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Loans;

public sealed partial class LoanGrain(
    [PersistentState("loan")] IPersistentState<LoanState> state,
    BankRules rules,
    IGridStore store,
    ILogger<LoanGrain> logger) : Grain, ILoanGrain, IClockTarget, IRemindable
{
    private LoanState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private string? _workSent;

    public async Task<Outcome<LoanSnapshot>> Register(LoanRegistration r)
    {
        if (S.IsRegistered)
        {
            return S.InstitutionId == r.InstitutionId && S.ClientId == r.ClientId && S.Principal == r.Principal && S.DisbursedOn == r.DisbursedOn
                && S.AnnualRate == r.AnnualRate && S.TermMonths == r.TermMonths
                ? Outcome<LoanSnapshot>.Ok(Snapshot(Status()))
                : Refusal.AlreadyRegistered(Thing.Loan, Id);
        }
        if (LoanSchedule.RegistrationRefusal(r.DisbursedOn, rules.Today, rules.Calendar, rules.Options.Loans) is { } refusal)
        {
            return refusal;
        }
        if (!await GrainFactory.GetGrain<IInstitutionGrain>(r.InstitutionId).Exists())
        {
            return Refusal.NotRegistered("institutionId", Thing.Institution, r.InstitutionId);
        }
        var client = GrainFactory.GetGrain<IClientGrain>(r.ClientId);
        if (await client.GetSnapshot() is not { } borrower)
        {
            return Refusal.NotRegistered("clientId", Thing.Client, r.ClientId);
        }
        (S.ClientName, S.ClientManagerId) = (borrower.Name, borrower.ManagerId);
        (S.InstitutionId, S.ClientId, S.Principal, S.AnnualRate, S.TermMonths, S.DisbursedOn) =
            (r.InstitutionId, r.ClientId, r.Principal, r.AnnualRate, r.TermMonths, r.DisbursedOn);
        S.Schedule = [.. LoanSchedule.Build(new LoanTerms(r.Principal, r.AnnualRate, r.TermMonths, r.DisbursedOn))
            .Select(i => new InstallmentState(i.Number, i.DueDate, i.Principal, i.Interest))];
        this.Stage(new MemberRow(MemberGroups.Institution(r.InstitutionId, MemberKind.Loan), Id));
        var status = await Evaluate();
        return Outcome<LoanSnapshot>.Ok(Snapshot(status));
    }

    public async Task<LoanSnapshot?> GetSnapshot()
    {
        if (!S.IsRegistered)
        {
            return null;
        }
        await BranchRoom();
        return Snapshot(Status());
    }

    public async Task<TransactionOutcome> ApplyRepayment(LoanRepayment repayment) => GridMetrics.Answered("repayment", await Apply(repayment));

    private async Task<TransactionOutcome> Apply(LoanRepayment repayment)
    {
        if (!S.IsRegistered)
        {
            return TransactionOutcome.Unknown(repayment.TransactionId, $"loan {Id}");
        }
        var now = rules.Now;
        if (await this.ReplayAsync(store, S.Receipts, repayment.TransactionId, now, rules.Transactions) is { } first)
        {
            // The client may have missed the balance after a crash between our write and its call: tell it again (absolute value).
            await GrainFactory.GetGrain<IClientGrain>(S.ClientId).LoanBalanceChanged(Id, Status().Outstanding);
            return first;
        }
        if (Receipts.IsTooOld(repayment.At, now, rules.Transactions))
        {
            return Receipts.TooOld(repayment.TransactionId, rules.Transactions);
        }
        var before = Status();
        S.Repayments.Add(new RepaymentState(repayment.TransactionId, repayment.Amount, repayment.At));
        CreditCollection(repayment, before.Stage);
        var outcome = new TransactionOutcome(repayment.TransactionId, OutcomeStatus.Applied);
        S.Receipts = this.Record(outcome, S.Receipts, now, rules.Transactions);
        await Evaluate(new RepaymentApplied(S.InstitutionId!, repayment.At, Id, repayment.TransactionId, repayment.Amount));
        return outcome;
    }

    public Task ClockDue() => Evaluate();

    public async Task<bool> CalendarChanged(int revision)
    {
        await rules.Calendars.EnsureAtLeast(revision, GrainFactory);
        if (!S.IsRegistered)
        {
            return false;
        }
        var next = S.NextClockAt;
        await Evaluate();
        return S.NextClockAt != next;
    }

    /// <summary>A clock armed as a reminder of our own before clocks were rows: retired, and the clock moves to its row.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await EntityClock.RetireReminderAsync(this, reminderName);
        await Evaluate();
    }

    private LoanStatus Status() => LoanEvaluator.Evaluate(
        S.ToInstallments(), S.ToRepayments(), rules.Now, rules.Calendar, rules.Clock, rules.Options.Loans);

    /// <summary>
    /// Asks the rules where the loan stands now, persists, re-arms the clock and publishes what changed; tells the client
    /// when the outstanding moved, whatever moved it (a repayment, or the clock reaching a repayment dated ahead).
    /// </summary>
    private async Task<LoanStatus> Evaluate(params GridEvent[] events)
    {
        var now = rules.Now;
        var status = Status();
        var collections = CollectionsStatus(status, now);
        var changes = new List<GridEvent>(events);
        if (status.Stage != S.Stage || status.DaysPastDue != S.DaysPastDue || status.Outstanding != S.Outstanding || status.OverdueAmount != S.OverdueAmount)
        {
            changes.Add(new LoanStatusChanged(S.InstitutionId!, now, Id, S.Stage, status.Stage, status.DaysPastDue, status.Outstanding, status.OverdueAmount));
        }
        if (status.Stage != S.Stage)
        {
            // A payment moves the stage at the payment; time moves it at the rule's instant, even if the tick came late.
            S.Collections.StageEnteredAt = events.Any(e => e is RepaymentApplied) ? now : EnteredByTime(status, now);
        }
        (S.Stage, S.DaysPastDue, S.Outstanding, S.OverdueAmount) = (status.Stage, status.DaysPastDue, status.Outstanding, status.OverdueAmount);
        changes.AddRange(CollectionsChanges(status, collections, now));
        var branchRoom = await BranchRoom();
        S.Collections.Revision++;
        OutboxRow? kept = null;
        if (changes.Count > 0 && BoardChange(status, branchRoom) is { } boards)
        {
            // The boards keep running totals from this feed, so it must not be lost: it commits with the state.
            changes.Add(boards);
            kept = this.Keep(boards, ++S.Collections.OutboxSequence, now);
        }
        // One durable clock: the rules' next schedule instant or the end of an open promise's window, whichever is first.
        S.ClockArmedAt = await EntityClock.ArmAsync(this, S.ClockArmedAt, collections.NextClockAt, now);
        S.NextClockAt = collections.NextClockAt;
        S.CalendarYears = this.DependOn(S.CalendarYears,
            status.OldestUnpaidDueDate is { } due ? RepaymentReminder.YearsCounted(due, rules.Calendar, rules.Options.Loans) : []);
        await KnowClient();
        await state.WriteStateAsync();
        if (changes.Count > 0 && await this.PublishAsync(logger, [.. changes]) && kept is not null)
        {
            this.Delivered(kept);
        }
        await TellClient(status.Outstanding);
        _workSent = await this.FeedWorklistAsync(logger, Work(status, collections), _workSent);
        return status;
    }

    /// <summary>
    /// Absolute, so a repeat is harmless. Marked told only after the call: a crash in between leaves it untold in the
    /// stored state, and the next evaluation (or a replayed repayment) tells the client again.
    /// </summary>
    private async Task TellClient(decimal outstanding)
    {
        if (S.ClientTold != outstanding)
        {
            await GrainFactory.GetGrain<IClientGrain>(S.ClientId).LoanBalanceChanged(Id, outstanding);
            S.ClientTold = outstanding;
        }
    }

    private LoanSnapshot Snapshot(LoanStatus s)
    {
        var installments = S.Schedule.Select((i, n) => new InstallmentView(
            i.Number, i.DueDate, i.Principal + i.Interest, s.PaidPerInstallment[n],
            RepaymentReminder.ReminderDate(i.DueDate, rules.Calendar, rules.Options.Loans),
            RepaymentReminder.IsProvisional(i.DueDate, rules.Calendar, rules.Options.Loans))).ToList();
        // Per date: the next due date's year, and every day its reminder was counted over (brief §7's fallback warning).
        var provisional = s.NextDueDate is { } next && RepaymentReminder.IsProvisional(next, rules.Calendar, rules.Options.Loans);
        var covered = s.NextDueDate is not { } due || (rules.Calendar.Covers(due) && !provisional);
        var collections = CollectionsStatus(s, rules.Now);
        return new(Id, S.InstitutionId!, S.ClientId, S.Principal, S.AnnualRate, S.TermMonths, S.DisbursedOn, s.Stage, s.DaysPastDue,
            s.Outstanding, s.OverdueAmount, s.NextDueDate, s.ReminderDate, s.OnReminderList, collections.NextClockAt, covered, installments,
            CollectionsView(s, collections), provisional);
    }
}
