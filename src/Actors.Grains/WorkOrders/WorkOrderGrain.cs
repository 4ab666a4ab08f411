using Actors.Contracts;
using Actors.Contracts.Managers;
using Actors.Domain;
using Actors.Contracts.WorkOrders;
using Actors.Contracts.Worklist;
using Actors.Domain.WorkOrders;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.WorkOrders;

public sealed class WorkOrderGrain(
    [PersistentState("workOrder")] IPersistentState<WorkOrderState> state,
    BankRules rules,
    ILogger<WorkOrderGrain> logger) : Grain, IWorkOrderGrain
{
    private WorkOrderState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private string? _workSent;

    public async Task<WorkOrderView> Issue(WorkOrderIssue issue)
    {
        if (S.Issue is null)
        {
            S.Issue = issue;
            S.Status = WorkOrderStatus.Issued;
            S.History.Add(new(WorkOrderStatus.Issued, "retail-risk", issue.IssuedAt));
            await state.WriteStateAsync();
            _workSent = await this.FeedWorklistAsync(logger, Work(), _workSent);
            await this.NudgeWorklistsAsync(logger, rules.Now, issue.IssuedTo);
        }
        return View();
    }

    public Task<WorkOrderView?> GetView() => Task.FromResult(S.Issue is null ? null : View());

    public Task<WorkSource?> GetWork() => Task.FromResult(S.Issue is null ? null : Work());

    /// <summary>
    /// An order is work until completed, whatever its month: the team leads' to give out, then the assignee's; due at
    /// the booked visit, else at the end of its month.
    /// </summary>
    private WorkSource Work()
    {
        var i = S.Issue!;
        var monthEndsAt = rules.Clock.StartOf(WorkOrderCalendar.MonthOf(rules.Clock.DateOf(i.IssuedAt)).AddMonths(1));
        return new(this.EntityKey(), i.InstitutionId, rules.Now, WorkOrder: S.Status == WorkOrderStatus.Completed ? null
            : new WorkOrderWorkFacts(Id, i.ClientName, S.Status, S.AssigneeId, i.IssuedTo, i.Focus, S.BookedFor, monthEndsAt));
    }

    public async Task<Outcome<WorkOrderView>> Assign(WorkOrderActor actor, string memberId)
    {
        if (Refuse(WorkOrderStep.Assign, actor) is { } refused)
        {
            return refused;
        }
        var member = await GrainFactory.GetGrain<IManagerGrain>(memberId).GetSnapshot();
        if (member is null)
        {
            return Refusal.NotRegistered("memberId", Thing.Staff, memberId);
        }
        if (member.InstitutionId != S.Issue!.InstitutionId)
        {
            return Refusal.Invalid("memberId", $"must be a member of {S.Issue.InstitutionId}, the work order's sub-branch", $"必须是工单所属支行 {S.Issue.InstitutionId} 的员工");
        }
        // The order leaves the team lead's list (and a previous assignee's) for the member's.
        string?[] leaving = [S.AssigneeId, .. S.Issue.IssuedTo];
        S.AssigneeId = memberId;
        return await Step(WorkOrderStep.Assign, actor, leaving);
    }

    public async Task<Outcome<WorkOrderView>> Book(WorkOrderActor actor, DateTimeOffset bookedFor)
    {
        if (Refuse(WorkOrderStep.Book, actor) is { } refused)
        {
            return refused;
        }
        if (bookedFor < S.Issue!.IssuedAt)
        {
            return Refusal.Invalid("bookedFor", "is before the work order was issued", "早于工单下发时间");
        }
        S.BookedFor = bookedFor;
        return await Step(WorkOrderStep.Book, actor);
    }

    public async Task<Outcome<WorkOrderView>> RecordVisit(WorkOrderActor actor, WorkPaper paper, IReadOnlyList<RiskSignalEntry> riskSignals)
    {
        if (Refuse(WorkOrderStep.Visit, actor) is { } refused)
        {
            return refused;
        }
        var answers = Answers(paper);
        var signals = riskSignals.Select(s => new SignalAnswer(s.Signal, s.Note)).ToList();
        var problems = WorkPaperRules.Problems(answers, signals, S.Issue!.Focus);
        if (problems.Count > 0)
        {
            return Outcome<WorkOrderView>.Refused(problems);
        }
        var now = rules.Now;
        if (signals.Count > 0)
        {
            // Escalated before the order is written: the report id is the order's, so a retry after a failed write
            // reaches the list once, and the list never misses a signal the order shows.
            var reportId = $"RR-{Id}";
            await GrainFactory.GetGrain<IRiskListGrain>(IRiskListGrain.Key).Escalate(new RiskReport(
                reportId, Id, S.Issue.InstitutionId, S.Issue.ClientId, S.Issue.ClientName, actor.StaffId, now, riskSignals,
                RiskReportText.Compose(S.Issue.ClientName, S.Issue.ClientId, S.Issue.InstitutionId, signals, answers)));
            S.RiskReportId = reportId;
        }
        S.Paper = paper;
        S.RiskSignals = [.. riskSignals];
        return await Step(WorkOrderStep.Visit, actor);
    }

    public Task<Outcome<WorkOrderView>> CanAttach(WorkOrderActor actor, WorkOrderFileKind kind) =>
        Task.FromResult((Refuse(WorkOrderStep.AttachFile, actor) ?? AttachRefusal(kind)) is { } refused ? refused : Outcome<WorkOrderView>.Ok(View()));

    public async Task<Outcome<WorkOrderView>> AttachFile(WorkOrderActor actor, WorkOrderFile file)
    {
        if (S.Files.Any(f => f.FileId == file.FileId))
        {
            return Outcome<WorkOrderView>.Ok(View());
        }
        if ((Refuse(WorkOrderStep.AttachFile, actor) ?? AttachRefusal(file.Kind)) is { } refused)
        {
            return refused;
        }
        // Who and when are the grain's to say: the signed-in actor, on the business clock.
        S.Files.Add(file with { UploadedBy = actor.StaffId, UploadedAt = rules.Now });
        return await Step(WorkOrderStep.AttachFile, actor);
    }

    /// <summary>One signature per visit, and a bounded number of photos: more is a mistake, not evidence.</summary>
    private Refusal? AttachRefusal(WorkOrderFileKind kind) => kind switch
    {
        WorkOrderFileKind.Signature when S.Files.Any(f => f.Kind == WorkOrderFileKind.Signature) =>
            Refusal.Conflict("the client's signature is already attached", "客户签名已上传"),
        WorkOrderFileKind.Photo when S.Files.Count(f => f.Kind == WorkOrderFileKind.Photo) >= rules.Options.WorkOrders.MaxPhotos =>
            Refusal.Conflict($"a work order carries at most {rules.Options.WorkOrders.MaxPhotos} photos", $"每张工单最多 {rules.Options.WorkOrders.MaxPhotos} 张照片"),
        _ => null,
    };

    private Refusal? Refuse(WorkOrderStep step, WorkOrderActor actor)
    {
        if (S.Issue is null)
        {
            return Refusal.NotRegistered(Thing.WorkOrder, Id);
        }
        return WorkOrderFlow.Decide(step, S.Status,
            new StepActor(actor.StaffId, actor.InstitutionId, actor.Roles.Contains(StaffRole.TeamLead)), S.Issue.InstitutionId, S.AssigneeId);
    }

    /// <summary>Moves the status as the step says, completes the order when nothing is missing, and persists.</summary>
    private async Task<Outcome<WorkOrderView>> Step(WorkOrderStep step, WorkOrderActor actor, params IEnumerable<string?> alsoNudge)
    {
        var now = rules.Now;
        var next = WorkOrderFlow.After(step, S.Status);
        if (next != S.Status || step is WorkOrderStep.Assign or WorkOrderStep.Book)
        {
            S.History.Add(new(next, actor.StaffId, now));
        }
        S.Status = next;
        if (WorkOrderFlow.IsComplete(S.Status, S.Files.Count(f => f.Kind == WorkOrderFileKind.Photo), S.Files.Any(f => f.Kind == WorkOrderFileKind.Signature)))
        {
            S.Status = WorkOrderStatus.Completed;
            S.History.Add(new(WorkOrderStatus.Completed, actor.StaffId, now));
        }
        await state.WriteStateAsync();
        _workSent = await this.FeedWorklistAsync(logger, Work(), _workSent);
        await this.NudgeWorklistsAsync(logger, now, [S.AssigneeId, .. alsoNudge]);
        return Outcome<WorkOrderView>.Ok(View());
    }

    private static WorkPaperAnswers Answers(WorkPaper p) => new(
        p.BusinessRunningNormally, p.BusinessNote, p.RepaymentPressure, p.RepaymentPressureNote, p.Suggestions,
        p.BusinessDocumentsChecked, p.AskedDirectlyAboutRepaymentPressure);

    private WorkOrderView View()
    {
        var i = S.Issue!;
        return new(Id, i.InstitutionId, $"{i.Month:yyyy-MM}", i.ClientId, i.ClientName, i.IssuedAt, i.IssuedTo, i.Focus, i.LoanId, i.LoanMaturesOn,
            S.Status, S.AssigneeId, S.BookedFor, S.Paper, [.. S.RiskSignals], S.RiskReportId, [.. S.Files], [.. S.History]);
    }
}
