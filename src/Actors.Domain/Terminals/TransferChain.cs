namespace Actors.Domain.Terminals;

public enum Verdict { Done, Forbidden, Conflict }

/// <summary>The rules' answer: the step to record, or why not (Forbidden = not this person's step, Conflict = wrong state or order).</summary>
public sealed record TransferDecision(StepEntry? Entry, Refusal? Refusal)
{
    public Verdict Verdict => Refusal?.Kind switch
    {
        null => Verdict.Done,
        RefusalKind.Forbidden => Verdict.Forbidden,
        _ => Verdict.Conflict,
    };

    public static TransferDecision Done(StepEntry entry) => new(entry, null);
    public static TransferDecision Forbidden(string en, string zh) => new(null, Refusal.Forbidden(en, zh));
    public static TransferDecision Conflict(string en, string zh) => new(null, Refusal.Conflict(en, zh));

    /// <summary>Refused by the four-eyes rule (<see cref="TransferChain.FourEyesRule"/>), named in the refusal.</summary>
    public static TransferDecision FourEyes(string en, string zh) => new(null, Refusal.ForbiddenBy(TransferChain.FourEyesRule, en, zh));
}

/// <summary>
/// The approval chains of brief §2, strictly in order, each step only by the person or role it names. A transfer is a
/// list of recorded steps; everything else (status, next step) is derived from it, so nothing can skip a step.
/// </summary>
public static class TransferChain
{
    /// <summary>The rule that keeps two pairs of eyes on every case: named in its refusals.</summary>
    public const string FourEyesRule = "four-eyes";

    private static readonly StepName[] Ordinary =
    [
        StepName.Filed, StepName.MaintainerConfirmed, StepName.OutgoingHeadConfirmed, StepName.IncomingHeadConfirmed,
        StepName.ManagementOpinion, StepName.RegisterChanged,
    ];

    /// <summary>No step for the original maintainer (brief §2); Verified is the month-end check, taken by the clock only.</summary>
    private static readonly StepName[] Activation =
        [StepName.Filed, StepName.Batched, StepName.ReceivingHeadApproved, StepName.ManagementApproved, StepName.Verified];

    public static IReadOnlyList<StepName> Steps(TransferKind kind) => kind == TransferKind.Activation ? Activation : Ordinary;

    public static TransferStatus Status(TransferKind kind, IReadOnlyList<StepEntry> entries) =>
        entries.Count == 0 ? TransferStatus.Open : entries[^1].Decision switch
        {
            StepDecision.Rejected => TransferStatus.Rejected,
            StepDecision.Withdrawn => TransferStatus.Withdrawn,
            _ => entries.Count == Steps(kind).Count ? TransferStatus.Completed : TransferStatus.Open,
        };

    /// <summary>The step waiting to be taken, or null when the transfer is closed.</summary>
    public static StepName? NextStep(TransferKind kind, IReadOnlyList<StepEntry> entries) =>
        Status(kind, entries) == TransferStatus.Open ? Steps(kind)[entries.Count] : null;

    /// <summary>Whether this person may take this step of this transfer.</summary>
    public static bool MayTake(StepName step, TransferParties p, Approver a) => step switch
    {
        StepName.Filed => a.StaffId == p.ApplicantId,
        StepName.MaintainerConfirmed => a.StaffId == p.FromStaffId || (p.MaintainerLeft && StandsInForLeaver(p, a)),
        StepName.OutgoingHeadConfirmed => a.IsInstitutionHead && a.InstitutionId == p.FromInstitutionId,
        StepName.IncomingHeadConfirmed or StepName.ReceivingHeadApproved => a.IsInstitutionHead && a.InstitutionId == p.ToInstitutionId,
        StepName.Batched => a.IsTeamLead && a.InstitutionId == p.ToInstitutionId,
        StepName.ManagementOpinion or StepName.RegisterChanged or StepName.ManagementApproved => a.IsManagementDepartment,
        _ => false,
    };

    /// <summary>
    /// A disabled leaver cannot confirm their own step, and their case must not stall on it: their team lead (of the
    /// outgoing institution) or the management department takes it for them, still under four eyes.
    /// </summary>
    public static bool StandsInForLeaver(TransferParties p, Approver a) =>
        a.IsManagementDepartment || (a.IsTeamLead && a.InstitutionId == p.FromInstitutionId);

    /// <summary>Whether this entry is the maintainer's step taken by a stand-in for a leaver.</summary>
    public static bool IsStandIn(StepEntry entry, TransferParties p) => entry.Step == StepName.MaintainerConfirmed && entry.By != p.FromStaffId;

    /// <summary>
    /// Four eyes at filing: the maintainer does not file a transfer of their own terminal, since the case then waits for
    /// their own confirmation (the filer would approve their own case). Null when <paramref name="applicantId"/> may file.
    /// </summary>
    public static Refusal? MayFile(string applicantId, string maintainerId) => applicantId == maintainerId
        ? Refusal.ForbiddenBy(FourEyesRule, "four eyes: the maintainer does not file a transfer of their own terminal; a colleague files it and the maintainer confirms it",
            "四眼原则：维护人不能为自己维护的终端提交移交申请，应由他人提交、维护人确认")
        : null;

    /// <summary>The role a step is taken in, for the audit.</summary>
    public static string RoleAt(StepName step) => step switch
    {
        StepName.Filed => "Applicant",
        StepName.MaintainerConfirmed => "Maintainer",
        StepName.OutgoingHeadConfirmed or StepName.IncomingHeadConfirmed or StepName.ReceivingHeadApproved => "InstitutionHead",
        StepName.Batched => "TeamLead",
        StepName.Verified => "MonthEnd",
        _ => "ManagementDepartment",
    };

    /// <summary>
    /// Confirms the waiting step. A person who may take a different step of this chain is out of order (Conflict);
    /// anyone else is not named by the chain at all (Forbidden). Batching is allowed only on a batch date.
    /// </summary>
    public static TransferDecision Confirm(TransferParties p, IReadOnlyList<StepEntry> entries, Approver a, DateTimeOffset now, string? note, bool isBatchDay)
    {
        if (Refuse(p, entries, a) is { } refusal)
        {
            return refusal;
        }
        var step = NextStep(p.Kind, entries)!.Value;
        if (step == StepName.Batched && !isBatchDay)
        {
            return TransferDecision.Conflict("claims are batched only on the 1st and 15th business dates", "提升划转申请只在每月 1 日和 15 日（营业日）汇总提交");
        }
        return TransferDecision.Done(new(step, a.StaffId, now, StepDecision.Confirmed, ForLeaver(step, p, a, note)));
    }

    /// <summary>A stand-in's step says whose it was, so the case's audit shows it.</summary>
    private static string? ForLeaver(StepName step, TransferParties p, Approver a, string? note) =>
        step == StepName.MaintainerConfirmed && a.StaffId != p.FromStaffId
            ? $"for {p.FromStaffId}, who has left (account disabled)" + (string.IsNullOrWhiteSpace(note) ? "" : $": {note}")
            : note;

    /// <summary>Rejects at the waiting step, with a reason; only the person whose step it is may reject it.</summary>
    public static TransferDecision Reject(TransferParties p, IReadOnlyList<StepEntry> entries, Approver a, DateTimeOffset now, string reason) =>
        Refuse(p, entries, a) ?? TransferDecision.Done(new(NextStep(p.Kind, entries)!.Value, a.StaffId, now, StepDecision.Rejected,
            ForLeaver(NextStep(p.Kind, entries)!.Value, p, a, reason)));

    /// <summary>The applicant may withdraw at any open step.</summary>
    public static TransferDecision Withdraw(TransferParties p, IReadOnlyList<StepEntry> entries, Approver a, DateTimeOffset now)
    {
        if (NextStep(p.Kind, entries) is not { } step)
        {
            return Closed(Status(p.Kind, entries));
        }
        return a.StaffId == p.ApplicantId
            ? TransferDecision.Done(new(step, a.StaffId, now, StepDecision.Withdrawn, null))
            : TransferDecision.Forbidden("only the applicant may withdraw", "只有申请人可以撤回");
    }

    /// <summary>The month-end check of an approved claim: active in the month's statistics → credited, else not.</summary>
    /// <remarks>The screens read these two notes back in the reader's language (dashboard-web/src/ui/monthEndCheck.ts): keep their wording.</remarks>
    public static TransferDecision Verify(TransferParties p, IReadOnlyList<StepEntry> entries, DateTimeOffset now, bool activeInMonth, string month) =>
        NextStep(p.Kind, entries) != StepName.Verified
            ? TransferDecision.Conflict("the claim is not waiting for the month-end check", "该申请不在等待月末核验")
            : TransferDecision.Done(new(StepName.Verified, "month-end", now,
                activeInMonth ? StepDecision.Confirmed : StepDecision.Rejected,
                activeInMonth ? $"active in the {month} statistics: credited" : $"not active in the {month} statistics: not credited"));

    private static TransferDecision? Refuse(TransferParties p, IReadOnlyList<StepEntry> entries, Approver a)
    {
        if (NextStep(p.Kind, entries) is not { } step)
        {
            return Closed(Status(p.Kind, entries));
        }
        if (MayTake(step, p, a))
        {
            return FourEyes(p, entries, a);
        }
        var other = Steps(p.Kind).Where(s => s != step && s != StepName.Filed && MayTake(s, p, a)).ToList();
        return other.Count > 0
            ? TransferDecision.Conflict($"out of order: the transfer is waiting for {step}, not {other[0]}",
                $"顺序不对：该移交正在等待“{InChinese(step)}”，不是“{InChinese(other[0])}”")
            : TransferDecision.Forbidden($"{step} is not this person's step", $"“{InChinese(step)}”不是此人的步骤");
    }

    /// <summary>
    /// Four eyes (brief §2, issue 12): nobody takes two steps of one case (the filer included, so the filer approves
    /// nothing of it), and whoever the case gives the terminal to approves none of it.
    /// </summary>
    private static TransferDecision? FourEyes(TransferParties p, IReadOnlyList<StepEntry> entries, Approver a)
    {
        if (entries.FirstOrDefault(e => e.By == a.StaffId) is { } taken)
        {
            return TransferDecision.FourEyes($"four eyes: this person already took the step {taken.Step} of this case",
                $"四眼原则：此人已办理本案的“{InChinese(taken.Step)}”步骤");
        }
        return a.StaffId == p.ToStaffId
            ? TransferDecision.FourEyes("four eyes: the person the terminal goes to approves nothing of their own case", "四眼原则：终端的接收人不能审批本人的案件")
            : null;
    }

    private static TransferDecision Closed(TransferStatus status) =>
        TransferDecision.Conflict($"the transfer is {status}", $"该移交{InChinese(status)}");

    /// <summary>A step as the bank's staff name it.</summary>
    public static string InChinese(StepName step) => step switch
    {
        StepName.Filed => "提交申请",
        StepName.MaintainerConfirmed => "原维护人确认",
        StepName.OutgoingHeadConfirmed => "移出机构负责人确认",
        StepName.IncomingHeadConfirmed => "移入机构负责人确认",
        StepName.ManagementOpinion => "管理部门意见",
        StepName.RegisterChanged => "变更登记",
        StepName.Batched => "团队长汇总提交",
        StepName.ReceivingHeadApproved => "接收机构负责人审批",
        StepName.ManagementApproved => "管理部门审批",
        _ => "月末核验",
    };

    private static string InChinese(TransferStatus status) => status switch
    {
        TransferStatus.Open => "正在办理",
        TransferStatus.Rejected => "已被驳回",
        TransferStatus.Withdrawn => "已撤回",
        _ => "已办结",
    };
}
