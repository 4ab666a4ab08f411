using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Screens;
using Actors.Contracts.Transactions;
using Actors.Contracts.Worklist;
using Actors.Contracts.Clients;
using Actors.Grains.Infrastructure;
using Actors.Domain;
using Actors.Domain.Collections;
using Actors.Domain.Loans;
using Actors.Grains.Collections;

namespace Actors.Grains.Loans;

/// <summary>The loan's collections work: collector, call log, promises to pay and the hand-over rule (brief §5).</summary>
public sealed partial class LoanGrain
{
    private LoanCollectionsState C => S.Collections;
    private CollectionsRules CollectionsRules => rules.Options.Collections;

    public async Task<Outcome<LoanSnapshot>> AssignCollector(string collectorId)
    {
        if (!S.IsRegistered)
        {
            return Refusal.NotRegistered(Thing.Loan, Id);
        }
        var status = Status();
        if (collectorId == C.CollectorId)
        {
            var collections = CollectionsStatus(status, rules.Now);
            return collections.NeedsHandOver
                ? Refusal.Invalid("collectorId",
                    $"loan {Id} must go to a different collector: {collections.BrokenPromisesWithCollector} broken promises with {collectorId} at {status.DaysPastDue} days past due",
                    $"贷款 {Id} 必须换人催收：逾期 {status.DaysPastDue} 天，{collectorId} 经手的承诺已违约 {collections.BrokenPromisesWithCollector} 次")
                : Outcome<LoanSnapshot>.Ok(Snapshot(status));
        }
        status = await Evaluate(TakeOver(collectorId));
        return Outcome<LoanSnapshot>.Ok(Snapshot(status));
    }

    public async Task<Outcome<LoanSnapshot>> LogCall(CallRecord call)
    {
        if (!S.IsRegistered)
        {
            return Refusal.NotRegistered(Thing.Loan, Id);
        }
        if (C.HasCall(call.CollectorId, call.RequestId))
        {
            return Outcome<LoanSnapshot>.Ok(Snapshot(Status()));
        }
        var at = call.At ?? rules.Now;
        if (at > rules.Now)
        {
            return Refusal.Invalid("at", "is in the future", "不能是将来的时间");
        }
        var events = new List<GridEvent>();
        if (C.CollectorId is null)
        {
            events.Add(TakeOver(call.CollectorId));
        }
        C.Calls.Add(new CallState(at, call.CollectorId, call.Number, call.Outcome, call.Note, CollectionsRooms.CreditedTo(Status().Stage), call.RequestId));
        events.Add(new CallLogged(S.InstitutionId!, at, Id, call.CollectorId, call.Number, call.Outcome));
        var status = await Evaluate([.. events]);
        return Outcome<LoanSnapshot>.Ok(Snapshot(status));
    }

    public async Task<Outcome<LoanPromiseView>> RecordPromise(PromiseRecord promise)
    {
        if (!S.IsRegistered)
        {
            return Refusal.NotRegistered(Thing.Loan, Id);
        }
        var now = rules.Now;
        var status = Status();
        if (C.PromiseOf(promise.By, promise.RequestId) is { } recorded)
        {
            return Outcome<LoanPromiseView>.Ok(PromiseView(status, recorded.PromiseId));
        }
        var open = LoanCollections.OpenPromise(C.ToPromises(), S.ToRepayments(), now, CollectionsRules);
        if (PromiseFollowUp.RefusalReason(promise.Amount, promise.PromisedFor, now, status.Outstanding, open, CollectionsRules) is { } refusal)
        {
            return refusal;
        }
        var events = new List<GridEvent>();
        if (C.CollectorId is null)
        {
            events.Add(TakeOver(promise.By));
        }
        var promiseId = $"{Id}-P{C.Promises.Count + 1}";
        C.Promises.Add(new PromiseState(promiseId, promise.Amount, promise.PromisedFor, now, promise.By, S.Repayments.Count,
            CollectionsRooms.CreditedTo(status.Stage), PromiseOutcome.Open, promise.RequestId));
        events.Add(new PromiseRecorded(S.InstitutionId!, now, Id, promiseId, promise.By, promise.Amount, promise.PromisedFor));
        status = await Evaluate([.. events]);
        return Outcome<LoanPromiseView>.Ok(PromiseView(status, promiseId));
    }

    private LoanPromiseView PromiseView(LoanStatus status, string promiseId) =>
        CollectionsView(status, CollectionsStatus(status, rules.Now)).Promises.Single(p => p.PromiseId == promiseId);

    public async Task<LoanCollectionsSummary?> GetCollectionsSummary() => S.IsRegistered ? Summary(Status(), await BranchRoom()) : null;

    private LoanCollectionsSummary Summary(LoanStatus status, string branchRoom)
    {
        var now = rules.Now;
        var today = rules.Today;
        bool Today(DateTimeOffset instant) => rules.Clock.DateOf(instant) == today;
        var collections = CollectionsStatus(status, now);
        var promises = C.Promises.Select((p, i) => (Promise: p, Evaluation: collections.Promises[i]))
            .Where(x => x.Evaluation.Outcome == PromiseOutcome.Open || Today(x.Promise.MadeAt) || x.Evaluation.ResolvedAt is { } at && Today(at))
            .Select(x => new PromiseActivity(x.Promise.PromiseId, x.Promise.CollectorId, Rooms.IdOf(x.Promise.Room, branchRoom), x.Promise.Amount,
                x.Promise.MadeAt, x.Promise.PromisedFor, x.Evaluation.Outcome.ToStatus(), x.Evaluation.Paid, x.Evaluation.ResolvedAt));
        return new LoanCollectionsSummary(
            Id, S.InstitutionId!, S.ClientId, C.Revision, now, branchRoom, Rooms.IdOf(CollectionsRooms.WorkedIn(status.Stage), branchRoom),
            status.Stage, status.DaysPastDue, status.Outstanding, status.OverdueAmount, LoanCollections.AmountDue(status, S.ToInstallments()),
            status.OnReminderList, status.NextDueDate, StageEnteredAt(status, now), C.CollectorId, collections.NeedsHandOver,
            [.. C.Calls.Where(c => Today(c.At)).Select(c => new CallActivity(c.At, c.CollectorId, Rooms.IdOf(c.Room, branchRoom), c.Number, c.Outcome))],
            [.. promises],
            [.. C.Credits.Where(c => Today(c.At)).Select(c => new CollectionActivity(c.TransactionId, c.At, c.Amount, c.CollectorId, Rooms.IdOf(c.Room, branchRoom)))],
            status.NextDueDate is { } next && RepaymentReminder.IsProvisional(next, rules.Calendar, rules.Options.Loans),
            S.Schedule.Count(i => i.DueDate.Year == today.Year + 1));
    }

    public async Task ClientChanged(string clientName, string? managerId)
    {
        if (!S.IsRegistered || (S.ClientName, S.ClientManagerId) == (clientName, managerId))
        {
            return;
        }
        (S.ClientName, S.ClientManagerId) = (clientName, managerId);
        await Evaluate();
    }

    public Task<WorkSource?> GetWork()
    {
        if (!S.IsRegistered)
        {
            return Task.FromResult<WorkSource?>(null);
        }
        var status = Status();
        return Task.FromResult<WorkSource?>(Work(status, CollectionsStatus(status, rules.Now)));
    }

    /// <summary>
    /// What the loan puts on its client's manager's and its collector's worklists: the reminder's dates, today's calls
    /// and the open promises (whether each is work today is decided at read time); nothing once it is paid off.
    /// </summary>
    private WorkSource Work(LoanStatus status, LoanCollectionsStatus collections)
    {
        var today = rules.Today;
        var open = C.Promises.Where((_, i) => collections.Promises[i].Outcome == PromiseOutcome.Open)
            .Select(p => new OpenPromiseWork(p.PromiseId, p.Amount, p.PromisedFor)).ToList();
        var work = status.Outstanding <= 0 && open.Count == 0 ? null : new LoanWork(
            Id, S.ClientId, S.ClientName ?? S.ClientId, S.ClientManagerId, C.CollectorId, status.NextDueDate, status.ReminderDate,
            LoanCollections.AmountDue(status, S.ToInstallments()),
            [.. C.Calls.Where(c => rules.Clock.DateOf(c.At) == today).Select(c => new CallWork(c.At, c.Number, c.Outcome))],
            open, today.Year, S.Schedule.Count(i => i.DueDate.Year == today.Year + 1));
        return new WorkSource(this.EntityKey(), S.InstitutionId!, rules.Now, Loan: work);
    }

    /// <summary>A loan registered before it kept its borrower's name and manager asks the client once.</summary>
    private async ValueTask KnowClient()
    {
        if (S.ClientName is null && await GrainFactory.GetGrain<IClientGrain>(S.ClientId).GetSnapshot() is { } client)
        {
            (S.ClientName, S.ClientManagerId) = (client.Name, client.ManagerId);
        }
    }

    /// <summary>
    /// The boards' feed after a change (with the stage already stored): the summary, for the rooms it concerns now and those it
    /// concerned before (so a board drops a loan that left it). None when no board is concerned: a loan out of collections
    /// costs the boards nothing.
    /// </summary>
    private LoanCollectionsChanged? BoardChange(LoanStatus status, string branchRoom)
    {
        var summary = Summary(status, branchRoom);
        var loan = summary.ToBoardLoan();
        List<string> concerned = [.. new[] { branchRoom, ScreenStreams.CentralRoom }.Where(room => BoardTally.Concerns(room, loan, summary.At, rules.Clock))];
        var rooms = concerned.Union(C.BoardRooms, StringComparer.Ordinal).ToList();
        C.BoardRooms = concerned;
        return rooms.Count == 0 ? null : new LoanCollectionsChanged(S.InstitutionId!, summary.At, Id, summary, rooms);
    }

    /// <summary>When the loan entered its current stage; if the clock has not ticked for the change yet, the rule's instant.</summary>
    private DateTimeOffset? StageEnteredAt(LoanStatus status, DateTimeOffset now) => status.Stage == S.Stage ? C.StageEnteredAt : EnteredByTime(status, now);

    private DateTimeOffset EnteredByTime(LoanStatus status, DateTimeOffset now) =>
        StageEntry.ByTime(status, rules.Clock, rules.Options.Loans) is { } entered && entered <= now ? entered : now;

    private LoanCollectionsStatus CollectionsStatus(LoanStatus status, DateTimeOffset now) => LoanCollections.Evaluate(
        C.ToPromises(), S.ToRepayments(), C.CollectorId, C.CollectorSince, status.DaysPastDue, status.NextClockAt, now, CollectionsRules);

    private CollectorChanged TakeOver(string collectorId)
    {
        var now = rules.Now;
        var from = C.CollectorId;
        (C.CollectorId, C.CollectorSince) = (collectorId, now);
        return new CollectorChanged(S.InstitutionId!, now, Id, from, collectorId);
    }

    /// <summary>A repayment on a loan in collections is credited to the room and collector that were working it when it arrived.</summary>
    private void CreditCollection(LoanRepayment repayment, LoanStage stageBefore)
    {
        if (CollectionsRooms.WorkedIn(stageBefore) is { } room)
        {
            C.Credits.Add(new CollectionCreditState(repayment.TransactionId, repayment.Amount, repayment.At, C.CollectorId, room));
        }
    }

    /// <summary>Promises decided (or re-decided by a late-delivered payment) and the hand-over rule starting to apply.</summary>
    private List<GridEvent> CollectionsChanges(LoanStatus status, LoanCollectionsStatus collections, DateTimeOffset now)
    {
        var changes = new List<GridEvent>();
        for (var i = 0; i < C.Promises.Count; i++)
        {
            var (promise, evaluation) = (C.Promises[i], collections.Promises[i]);
            if (evaluation.Outcome == promise.Published)
            {
                continue;
            }
            C.Promises[i] = promise with { Published = evaluation.Outcome };
            changes.Add(new PromiseResolved(S.InstitutionId!, evaluation.ResolvedAt ?? now, Id, promise.PromiseId, promise.CollectorId,
                evaluation.Outcome.ToStatus(), promise.Amount, evaluation.Paid));
        }
        if (collections.NeedsHandOver && !C.HandOverPublished)
        {
            changes.Add(new HandOverRequired(S.InstitutionId!, now, Id, C.CollectorId!, status.DaysPastDue, collections.BrokenPromisesWithCollector));
        }
        C.HandOverPublished = collections.NeedsHandOver;
        return changes;
    }

    /// <summary>The branch room of the loan's institution, asked once and kept (an institution's parent never changes).</summary>
    private async ValueTask<string> BranchRoom()
    {
        if (C.BranchRoomId is null && await GrainFactory.GetGrain<IInstitutionGrain>(S.InstitutionId!).GetNode() is { } institution)
        {
            C.BranchRoomId = Rooms.BranchRoomOf(institution);
        }
        return C.BranchRoomId ?? S.InstitutionId!;
    }

    private LoanCollectionsView CollectionsView(LoanStatus status, LoanCollectionsStatus collections)
    {
        var promises = C.Promises.Select((p, i) =>
        {
            var window = PromiseFollowUp.WindowOf(p.PromisedFor, CollectionsRules);
            var evaluation = collections.Promises[i];
            return new LoanPromiseView(p.PromiseId, p.CollectorId, p.Amount, p.PromisedFor, p.MadeAt, window.From, window.Until,
                evaluation.Outcome.ToStatus(), evaluation.Paid, evaluation.ResolvedAt);
        });
        var room = Rooms.IdOf(CollectionsRooms.WorkedIn(status.Stage), C.BranchRoomId ?? S.InstitutionId!);
        return new LoanCollectionsView(C.CollectorId, C.CollectorSince, collections.NeedsHandOver, collections.BrokenPromisesWithCollector, room,
            StageEnteredAt(status, rules.Now), [.. C.Calls.Select(c => new CallView(c.At, c.CollectorId, c.Number, c.Outcome, c.Note))], [.. promises]);
    }
}
