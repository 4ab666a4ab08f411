using Actors.Contracts.WorkOrders;
using Actors.Domain.WorkOrders;

namespace Actors.Grains.WorkOrders;

[GenerateSerializer, Alias("bg.WorkOrderState.v1")]
public sealed class WorkOrderState
{
    [Id(0)] public WorkOrderIssue? Issue { get; set; }
    [Id(1)] public WorkOrderStatus Status { get; set; }
    [Id(2)] public string? AssigneeId { get; set; }
    [Id(3)] public DateTimeOffset? BookedFor { get; set; }
    [Id(4)] public WorkPaper? Paper { get; set; }
    [Id(5)] public List<RiskSignalEntry> RiskSignals { get; set; } = [];
    [Id(6)] public string? RiskReportId { get; set; }
    [Id(7)] public List<WorkOrderFile> Files { get; set; } = [];
    [Id(8)] public List<WorkOrderEntry> History { get; set; } = [];
}
