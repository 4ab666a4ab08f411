using Actors.Domain.WorkOrders;
using Actors.Domain.Worklist;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Worklist;

public class WorkOrderWorkTests
{
    private static readonly DateTimeOffset MonthEnd = Cst("2026-04-01 00:00:00");

    private static WorklistWorkOrder Order(string id, WorkOrderStatus status, string? assignee = null, bool focus = false, DateTimeOffset? bookedFor = null) =>
        new(id, "SB-1", $"Client of {id}", status, assignee, ["TL"], focus, bookedFor, MonthEnd);

    private static HashSet<string> Owners(params string[] ids) => new(ids, StringComparer.Ordinal);

    [Theory]
    [InlineData(WorkOrderStatus.Issued, "TL")] // to be given out by the team lead it was issued to
    [InlineData(WorkOrderStatus.Assigned, "M1")] // then the member's: book, visit, photograph, sign
    [InlineData(WorkOrderStatus.Booked, "M1")]
    [InlineData(WorkOrderStatus.Visited, "M1")] // photos or the signature still missing
    [InlineData(WorkOrderStatus.Completed, null)] // nobody's work any more
    public void An_order_is_the_team_leads_until_assigned_then_the_members_until_completed(WorkOrderStatus status, string? expectedOwner)
    {
        var order = Order("WO-1", status, assignee: status == WorkOrderStatus.Issued ? null : "M1");

        var lead = WorkOrderWork.Entries([order], Owners("TL"));
        var member = WorkOrderWork.Entries([order], Owners("M1"));

        Assert.Equal(expectedOwner == "TL", lead.Count == 1);
        Assert.Equal(expectedOwner == "M1", member.Count == 1);
    }

    [Fact]
    public void A_team_view_shows_each_order_once_under_its_owner()
    {
        var entries = WorkOrderWork.Entries([Order("WO-1", WorkOrderStatus.Issued), Order("WO-2", WorkOrderStatus.Booked, "M1"), Order("WO-3", WorkOrderStatus.Assigned, "M2")],
            Owners("TL", "M1"));

        Assert.Equal([("WO-1", "TL"), ("WO-2", "M1")], entries.Select(e => (e.Id, e.OwnerId)).Order());
    }

    [Fact]
    public void Due_at_the_booked_visit_else_at_the_month_end_and_focused_orders_first_when_due_alike()
    {
        var visit = Cst("2026-03-20 10:00:00");
        var entries = WorkOrderWork.Entries(
        [
            Order("WO-A", WorkOrderStatus.Assigned, "M1"),
            Order("WO-B", WorkOrderStatus.Assigned, "M1", focus: true),
            Order("WO-C", WorkOrderStatus.Booked, "M1", bookedFor: visit),
        ], Owners("M1"));

        Assert.Equal(["WO-C", "WO-B", "WO-A"], entries.Select(e => e.Id));
        Assert.Equal([visit, MonthEnd, MonthEnd], entries.Select(e => e.DueAt));
        Assert.Equal("Focus · Assigned", entries[1].Detail);
        Assert.All(entries, e => Assert.Equal(WorklistKind.WorkOrder, e.Kind));
    }
}
