using Actors.Domain.WorkOrders;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.WorkOrders;

public class WorkOrderCalendarTests
{
    private static readonly WorkOrderRules Defaults = new();

    [Fact]
    public void The_month_is_issued_at_midnight_starting_the_1st() =>
        Assert.Equal(Cst("2026-04-01 00:00:00"), WorkOrderCalendar.IssueAt(WorkOrderCalendar.NextMonthStart(D("2026-03-17")), Clock));

    [Theory]
    [InlineData("2026-03-02 09:00:00", "2026-03-15")]
    [InlineData("2026-03-16 08:59:59", "2026-03-15")] // Sunday's report is made on Monday at 09:00
    [InlineData("2026-03-16 09:00:00", "2026-04-01")]
    [InlineData("2026-04-01 09:00:00", "2026-04-15")] // at the instant the report is made, the next one is due
    [InlineData("2026-09-30 12:00:00", "2026-10-01")]
    public void Reports_come_on_the_1st_and_the_15th(string now, string next) =>
        Assert.Equal(D(next), WorkOrderCalendar.NextReportDate(Cst(now), Clock, OfficialCalendar, Defaults));

    [Theory]
    [InlineData("2026-03-15", "2026-03-16 09:00:00")] // a Sunday: the next working day
    [InlineData("2026-10-01", "2026-10-08 09:00:00")] // National Day holidays
    [InlineData("2026-04-01", "2026-04-01 09:00:00")]
    public void A_report_day_that_is_not_a_working_day_moves_to_the_next_one(string nominal, string at) =>
        Assert.Equal(Cst(at), WorkOrderCalendar.ReportAt(D(nominal), Clock, OfficialCalendar, Defaults));

    [Theory]
    [InlineData("2026-04-01", "2026-03-01")] // the 1st reports the month just ended
    [InlineData("2026-04-15", "2026-04-01")]
    public void The_month_a_report_covers(string date, string month) =>
        Assert.Equal(D(month), WorkOrderCalendar.ReportedMonth(D(date)));

    [Fact]
    public void Progress_counts_every_status_reached_per_sub_branch_and_member()
    {
        var (total, members) = ProgressTally.Count(
            [(WorkOrderStatus.Issued, null), (WorkOrderStatus.Booked, "M1"), (WorkOrderStatus.Completed, "M1"), (WorkOrderStatus.Assigned, "M2")]);
        Assert.Equal(new ProgressCount(4, 3, 2, 1, 1), total);
        Assert.Equal(new ProgressCount(2, 2, 2, 1, 1), members["M1"]);
        Assert.Equal(new ProgressCount(1, 1, 0, 0, 0), members["M2"]);
    }
}
