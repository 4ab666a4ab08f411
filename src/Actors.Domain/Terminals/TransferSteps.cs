namespace Actors.Domain.Terminals;

/// <summary>Ordinary: a maintainer hands a terminal over; Departure: a leaver's portfolio, one per terminal; Activation: a claim (提升划转).</summary>
public enum TransferKind { Ordinary, Departure, Activation }

public enum TransferStatus { Open, Rejected, Withdrawn, Completed }

/// <summary>The steps of both chains (brief §2): six for a transfer, five for an activation claim.</summary>
public enum StepName
{
    Filed, MaintainerConfirmed, OutgoingHeadConfirmed, IncomingHeadConfirmed, ManagementOpinion, RegisterChanged,
    Batched, ReceivingHeadApproved, ManagementApproved, Verified,
}

public enum StepDecision { Filed, Confirmed, Rejected, Withdrawn }

/// <summary>One recorded step: who, when, what (brief §2: "every step is recorded with who, when and what").</summary>
public sealed record StepEntry(StepName Step, string By, DateTimeOffset At, StepDecision Decision, string? Note);

/// <summary>Who is acting, as the rules need to see them.</summary>
public sealed record Approver(string StaffId, string InstitutionId, bool IsTeamLead, bool IsInstitutionHead, bool IsManagementDepartment);

/// <summary>
/// Who a transfer concerns. From = the current maintainer and their institution (the outgoing one); To = the receiving
/// staff member (for a claim: the claimant) and their institution (the incoming / receiving one).
/// <see cref="MaintainerLeft"/>: the maintainer's account is disabled (a leaver), so their step passes to a stand-in.
/// </summary>
public sealed record TransferParties(
    TransferKind Kind, string TerminalId, string ApplicantId, string FromStaffId, string ToStaffId, string FromInstitutionId, string ToInstitutionId,
    bool MaintainerLeft = false);
