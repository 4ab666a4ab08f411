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
