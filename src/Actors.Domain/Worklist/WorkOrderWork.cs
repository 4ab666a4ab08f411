using Actors.Domain.WorkOrders;

namespace Actors.Domain.Worklist;

/// <summary>An after-sales work order as the worklist needs it.</summary>
public sealed record WorklistWorkOrder(
    string WorkOrderId,
    string InstitutionId,
    string ClientName,
    WorkOrderStatus Status,
    string? AssigneeId,
    IReadOnlyList<string> IssuedTo,
    bool Focus,
    DateTimeOffset? BookedFor,
    DateTimeOffset MonthEndsAt);

/// <summary>Which work orders are whose work (brief §2 after-sales): the team lead assigns, the member books, visits and completes.</summary>
public static class WorkOrderWork
{
    /// <summary>
    /// For the given owners: orders issued to them and not yet assigned (a team lead's to give out), and orders assigned to
    /// them and not completed. Due at the booked visit, else at the end of the order's month; focused orders first when
    /// due alike. An order is one entry for one owner: its assignee once it has one.
    /// </summary>
    public static IReadOnlyList<WorklistEntry> Entries(IEnumerable<WorklistWorkOrder> orders, IReadOnlySet<string> owners) =>
    [
        .. orders
            .Select(o => (Order: o, Owner: OwnerOf(o, owners)))
            .Where(x => x.Owner is not null)
            .Select(x => new WorklistEntry(WorklistKind.WorkOrder, x.Order.WorkOrderId, x.Order.ClientName, x.Order.InstitutionId,
                x.Order.BookedFor ?? x.Order.MonthEndsAt, Detail(x.Order), x.Owner!))
            .OrderBy(e => e.DueAt).ThenBy(e => e.Detail!.StartsWith(FocusMark, StringComparison.Ordinal) ? 0 : 1).ThenBy(e => e.Id, StringComparer.Ordinal),
    ];

    /// <summary>The detail text begins with this when the client's loan matures within the focus window.</summary>
    public const string FocusMark = "Focus";

    private static string? OwnerOf(WorklistWorkOrder o, IReadOnlySet<string> owners) => o.Status switch
    {
        WorkOrderStatus.Completed => null,
        WorkOrderStatus.Issued => o.IssuedTo.FirstOrDefault(owners.Contains),
        _ => o.AssigneeId is { } assignee && owners.Contains(assignee) ? assignee : null,
    };

    private static string Detail(WorklistWorkOrder o) => o.Focus ? $"{FocusMark} · {o.Status}" : o.Status.ToString();
}
