namespace Actors.Domain.Terminals;

public enum Verdict { Done, Forbidden, Conflict }

/// <summary>The rules' answer: the step to record, or why not (Forbidden = not this person's step, Conflict = wrong state or order).</summary>
public sealed record TransferDecision(Verdict Verdict, StepEntry? Entry, string? Reason)
{
    public static TransferDecision Done(StepEntry entry) => new(Verdict.Done, entry, null);
    public static TransferDecision Forbidden(string reason) => new(Verdict.Forbidden, null, reason);
    public static TransferDecision Conflict(string reason) => new(Verdict.Conflict, null, reason);
}

/// <summary>
/// The approval chains of brief §2, strictly in order, each step only by the person or role it names. A transfer is a
/// list of recorded steps; everything else (status, next step) is derived from it, so nothing can skip a step.
/// </summary>
public static class TransferChain
{
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
        StepName.MaintainerConfirmed => a.StaffId == p.FromStaffId,
        StepName.OutgoingHeadConfirmed => a.IsInstitutionHead && a.InstitutionId == p.FromInstitutionId,
        StepName.IncomingHeadConfirmed or StepName.ReceivingHeadApproved => a.IsInstitutionHead && a.InstitutionId == p.ToInstitutionId,
        StepName.Batched => a.IsTeamLead && a.InstitutionId == p.ToInstitutionId,
        StepName.ManagementOpinion or StepName.RegisterChanged or StepName.ManagementApproved => a.IsManagementDepartment,
        _ => false,
    };

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
            return TransferDecision.Conflict("claims are batched only on the 1st and 15th business dates");
        }
        return TransferDecision.Done(new(step, a.StaffId, now, StepDecision.Confirmed, note));
    }

    /// <summary>Rejects at the waiting step, with a reason; only the person whose step it is may reject it.</summary>
    public static TransferDecision Reject(TransferParties p, IReadOnlyList<StepEntry> entries, Approver a, DateTimeOffset now, string reason) =>
        Refuse(p, entries, a) ?? TransferDecision.Done(new(NextStep(p.Kind, entries)!.Value, a.StaffId, now, StepDecision.Rejected, reason));

    /// <summary>The applicant may withdraw at any open step.</summary>
    public static TransferDecision Withdraw(TransferParties p, IReadOnlyList<StepEntry> entries, Approver a, DateTimeOffset now)
    {
        if (NextStep(p.Kind, entries) is not { } step)
        {
            return TransferDecision.Conflict($"the transfer is {Status(p.Kind, entries)}");
        }
        return a.StaffId == p.ApplicantId
            ? TransferDecision.Done(new(step, a.StaffId, now, StepDecision.Withdrawn, null))
            : TransferDecision.Forbidden("only the applicant may withdraw");
    }

    /// <summary>The month-end check of an approved claim: active in the month's statistics → credited, else not.</summary>
    public static TransferDecision Verify(TransferParties p, IReadOnlyList<StepEntry> entries, DateTimeOffset now, bool activeInMonth, string month) =>
        NextStep(p.Kind, entries) != StepName.Verified
            ? TransferDecision.Conflict("the claim is not waiting for the month-end check")
            : TransferDecision.Done(new(StepName.Verified, "month-end", now,
                activeInMonth ? StepDecision.Confirmed : StepDecision.Rejected,
                activeInMonth ? $"active in the {month} statistics: credited" : $"not active in the {month} statistics: not credited"));

    private static TransferDecision? Refuse(TransferParties p, IReadOnlyList<StepEntry> entries, Approver a)
    {
        if (NextStep(p.Kind, entries) is not { } step)
        {
            return TransferDecision.Conflict($"the transfer is {Status(p.Kind, entries)}");
        }
        if (MayTake(step, p, a))
        {
            return null;
        }
        var other = Steps(p.Kind).Where(s => s != step && s != StepName.Filed && MayTake(s, p, a)).ToList();
        return other.Count > 0
            ? TransferDecision.Conflict($"out of order: the transfer is waiting for {step}, not {other[0]}")
            : TransferDecision.Forbidden($"{step} is not this person's step");
    }
}
