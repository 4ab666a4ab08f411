using Actors.Domain.WorkOrders;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.WorkOrders;

public class VisitFocusTests
{
    private static readonly WorkOrderRules Defaults = new();

    [Theory]
    [InlineData("2026-04-01", "2026-06-01", true)]  // exactly 2 months: focused
    [InlineData("2026-04-01", "2026-06-02", false)] // a day later: ordinary
    [InlineData("2026-04-01", "2026-04-20", true)]
    [InlineData("2026-04-01", "2026-03-20", true)]  // matured and still outstanding
    [InlineData("2026-12-31", "2027-02-28", true)]  // month ends: 31 Dec + 2 months = 28 Feb
    [InlineData("2026-12-31", "2027-03-01", false)]
    public void Focus_when_a_loan_matures_within_2_months_of_the_issue_date(string issuedOn, string maturesOn, bool focus) =>
        Assert.Equal(focus, VisitFocus.IsFocus(D(issuedOn), D(maturesOn), Defaults));

    [Fact]
    public void The_window_is_configurable() =>
        Assert.False(VisitFocus.IsFocus(D("2026-04-01"), D("2026-05-15"), new WorkOrderRules { FocusMonthsToMaturity = 1 }));

    [Fact]
    public void One_order_per_client_with_an_outstanding_loan_focused_on_its_soonest_maturity()
    {
        var clients = VisitFocus.ClientsToVisit(
        [
            new("L1", "C1", 1000m, D("2027-01-01")),
            new("L2", "C1", 500m, D("2026-05-10")),  // C1's soonest: focus
            new("L3", "C2", 0m, D("2026-05-10")),    // repaid: C2 is no micro-finance client any more
            new("L4", "C3", 10m, D("2026-09-01")),
        ], D("2026-04-01"), Defaults);

        Assert.Equal(
            [new ClientToVisit("C1", "L2", D("2026-05-10"), true), new ClientToVisit("C3", "L4", D("2026-09-01"), false)],
            clients);
    }
}
