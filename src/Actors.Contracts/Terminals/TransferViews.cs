using Actors.Domain.Terminals;

namespace Actors.Contracts.Terminals;

[GenerateSerializer, Immutable, Alias("bg.TransferStepView")]
public sealed record TransferStepView(StepName Step, string By, string ByName, DateTimeOffset At, StepDecision Decision, string? Note);

[GenerateSerializer, Immutable, Alias("bg.TransferView")]
public sealed record TransferView(
    string TransferId,
    string TerminalId,
    TransferKind Kind,
    string FromStaffId,
    string ToStaffId,
    string FromInstitutionId,
    string ToInstitutionId,
    string Reason,
    TransferStatus Status,
    StepName? NextStep,
    IReadOnlyList<TransferStepView> Steps);

/// <summary>An activation claim: the claim's own status and the month whose statistics decide it.</summary>
[GenerateSerializer, Immutable, Alias("bg.ActivationClaimView")]
public sealed record ActivationClaimView(
    string ClaimId,
    string TerminalId,
    string ClaimantId,
    string Month,
    ClaimStatus Status,
    string FromStaffId,
    string InstitutionId,
    StepName? NextStep,
    IReadOnlyList<TransferStepView> Steps);

[GenerateSerializer, Alias("bg.TransferRefusal")]
public enum TransferRefusal { None, Forbidden, Conflict, NotFound, Invalid }

/// <summary>A workflow call's answer: the transfer as it is now, or why the call changed nothing.</summary>
[GenerateSerializer, Immutable, Alias("bg.TransferResult")]
public sealed record TransferResult(TransferView? View, TransferRefusal Refusal, string? Detail)
{
    public static TransferResult Ok(TransferView view) => new(view, TransferRefusal.None, null);
    public static TransferResult Refused(TransferRefusal refusal, string detail) => new(null, refusal, detail);
}
