namespace Actors.Domain.WorkOrders;

/// <summary>How many work orders have reached each status (a completed order also counts as issued … visited).</summary>
public sealed record ProgressCount(int Issued, int Assigned, int Booked, int Visited, int Completed)
{
    public static readonly ProgressCount Zero = new(0, 0, 0, 0, 0);

    public ProgressCount Add(WorkOrderStatus status) => new(
        Issued + 1,
        Assigned + (WorkOrderFlow.HasReached(status, WorkOrderStatus.Assigned) ? 1 : 0),
        Booked + (WorkOrderFlow.HasReached(status, WorkOrderStatus.Booked) ? 1 : 0),
        Visited + (WorkOrderFlow.HasReached(status, WorkOrderStatus.Visited) ? 1 : 0),
        Completed + (WorkOrderFlow.HasReached(status, WorkOrderStatus.Completed) ? 1 : 0));
}

public static class ProgressTally
{
    /// <summary>Totals for the sub-branch and per assigned member (orders not yet assigned count only in the totals).</summary>
    public static (ProgressCount Total, IReadOnlyDictionary<string, ProgressCount> PerMember) Count(IEnumerable<(WorkOrderStatus Status, string? AssigneeId)> orders)
    {
        var total = ProgressCount.Zero;
        var members = new SortedDictionary<string, ProgressCount>(StringComparer.Ordinal);
        foreach (var (status, assignee) in orders)
        {
            total = total.Add(status);
            if (assignee is not null)
            {
                members[assignee] = (members.TryGetValue(assignee, out var c) ? c : ProgressCount.Zero).Add(status);
            }
        }
        return (total, members);
    }
}
