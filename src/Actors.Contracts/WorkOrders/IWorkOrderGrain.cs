using Actors.Contracts.Managers;
using Actors.Domain.WorkOrders;

namespace Actors.Contracts.WorkOrders;

/// <summary>One after-sales visit work order, keyed by <see cref="WorkOrderIds.For"/>.</summary>
public interface IWorkOrderGrain : IGrainWithStringKey, Worklist.IWorkSourceEntity
{
    /// <summary>Creates the order (repeating the same issue is harmless).</summary>
    Task<WorkOrderView> Issue(WorkOrderIssue issue);

    Task<WorkOrderView?> GetView();

    Task<Outcome<WorkOrderView>> Assign(WorkOrderActor actor, string memberId);

    Task<Outcome<WorkOrderView>> Book(WorkOrderActor actor, DateTimeOffset bookedFor);

    /// <summary>Records the visit's work paper; risk signals reach the retail risk department's list before this returns.</summary>
    Task<Outcome<WorkOrderView>> RecordVisit(WorkOrderActor actor, WorkPaper paper, IReadOnlyList<RiskSignalEntry> riskSignals);

    /// <summary>Checks that the actor may attach a file now (before the upload is stored).</summary>
    Task<Outcome<WorkOrderView>> CanAttach(WorkOrderActor actor, WorkOrderFileKind kind);

    Task<Outcome<WorkOrderView>> AttachFile(WorkOrderActor actor, WorkOrderFile file);
}

public static class WorkOrderIds
{
    /// <summary>One order per client per month: the id says which.</summary>
    public static string For(DateOnly month, string clientId) => $"WO-{month:yyyyMM}-{clientId}";
}

/// <summary>The signed-in member of staff acting on a work order.</summary>
[GenerateSerializer, Immutable, Alias("bg.WorkOrderActor")]
public sealed record WorkOrderActor(string StaffId, string InstitutionId, IReadOnlyList<StaffRole> Roles);

[GenerateSerializer, Immutable, Alias("bg.WorkOrderIssue")]
public sealed record WorkOrderIssue(
    string InstitutionId,
    DateOnly Month,
    string ClientId,
    string ClientName,
    DateTimeOffset IssuedAt,
    DateOnly IssuedOn,
    IReadOnlyList<string> IssuedTo,
    bool Focus,
    string LoanId,
    DateOnly LoanMaturesOn);

[GenerateSerializer, Immutable, Alias("bg.WorkPaper")]
public sealed record WorkPaper(
    [property: Id(0)] bool? BusinessRunningNormally,
    [property: Id(1)] string? BusinessNote,
    [property: Id(2)] bool? RepaymentPressure,
    [property: Id(3)] string? RepaymentPressureNote,
    [property: Id(4)] string? Suggestions,
    [property: Id(5)] bool BusinessDocumentsChecked,
    [property: Id(6)] bool AskedDirectlyAboutRepaymentPressure);

[GenerateSerializer, Immutable, Alias("bg.RiskSignalEntry")]
public sealed record RiskSignalEntry([property: Id(0)] RiskSignal? Signal, [property: Id(1)] string? Note);

/// <summary>An uploaded photo or signature: the grain keeps only this; the bytes are on disk under a server-made name.</summary>
[GenerateSerializer, Immutable, Alias("bg.WorkOrderFile")]
public sealed record WorkOrderFile(
    string FileId,
    WorkOrderFileKind Kind,
    string ContentType,
    long Size,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt);

[GenerateSerializer, Immutable, Alias("bg.WorkOrderEntry")]
public sealed record WorkOrderEntry(WorkOrderStatus Status, string By, DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("bg.WorkOrderView")]
public sealed record WorkOrderView(
    string WorkOrderId,
    string InstitutionId,
    string Month,
    string ClientId,
    string ClientName,
    DateTimeOffset IssuedAt,
    IReadOnlyList<string> IssuedTo,
    bool Focus,
    string LoanId,
    DateOnly LoanMaturesOn,
    WorkOrderStatus Status,
    string? AssigneeId,
    DateTimeOffset? BookedFor,
    WorkPaper? Paper,
    IReadOnlyList<RiskSignalEntry> RiskSignals,
    string? RiskReportId,
    IReadOnlyList<WorkOrderFile> Files,
    IReadOnlyList<WorkOrderEntry> History);
