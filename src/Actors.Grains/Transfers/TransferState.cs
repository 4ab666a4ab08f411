using Actors.Domain.Terminals;

namespace Actors.Grains.Transfers;

[GenerateSerializer, Alias("bg.TransferState.v1")]
public sealed class TransferState
{
    [Id(0)] public string? TerminalId { get; set; }
    [Id(1)] public TransferKind Kind { get; set; }
    [Id(2)] public string ApplicantId { get; set; } = "";
    [Id(3)] public string FromStaffId { get; set; } = "";
    [Id(4)] public string ToStaffId { get; set; } = "";
    [Id(5)] public string FromInstitutionId { get; set; } = "";
    [Id(6)] public string ToInstitutionId { get; set; } = "";
    [Id(7)] public string Reason { get; set; } = "";
    [Id(8)] public List<RecordedStep> Steps { get; set; } = [];

    /// <summary>For a claim: the first day of the month whose statistics decide it.</summary>
    [Id(9)] public DateOnly? ClaimMonth { get; set; }
    [Id(10)] public DateTimeOffset? ClockArmedAt { get; set; }

    public bool IsFiled => TerminalId is not null;

    public TransferParties Parties => new(Kind, TerminalId!, ApplicantId, FromStaffId, ToStaffId, FromInstitutionId, ToInstitutionId);

    public IReadOnlyList<StepEntry> Entries => Steps.Select(s => new StepEntry(s.Step, s.By, s.At, s.Decision, s.Note)).ToList();
}

[GenerateSerializer, Alias("bg.RecordedStep.v1")]
public sealed class RecordedStep
{
    [Id(0)] public StepName Step { get; set; }
    [Id(1)] public string By { get; set; } = "";
    [Id(2)] public string ByName { get; set; } = "";
    [Id(3)] public DateTimeOffset At { get; set; }
    [Id(4)] public StepDecision Decision { get; set; }
    [Id(5)] public string? Note { get; set; }
}
