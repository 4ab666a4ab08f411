using Actors.Domain.Clients;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Clients;

public class VisitScheduleTests
{
    private static readonly ClientRules Defaults = new();

    [Theory]
    [InlineData(ClientTier.Diamond, 14)]
    [InlineData(ClientTier.Platinum, 30)]
    [InlineData(ClientTier.Gold, 60)]
    [InlineData(ClientTier.Silver, 90)]
    [InlineData(ClientTier.Bronze, 180)]
    [InlineData(ClientTier.Unrated, 90)]
    public void Visits_are_due_at_an_interval_set_by_tier(ClientTier tier, int days) =>
        Assert.Equal(days, VisitSchedule.IntervalDays(tier, Defaults));

    [Theory]
    [InlineData("2026-01-01", ClientTier.Diamond, "2026-01-15")]
    [InlineData("2026-01-01", ClientTier.Bronze, "2026-06-30")]
    [InlineData("2026-01-01", ClientTier.Unrated, "2026-04-01")]
    [InlineData("2026-12-20", ClientTier.Diamond, "2027-01-03")]
    public void The_next_visit_is_due_one_interval_after_the_last(string last, ClientTier tier, string expected) =>
        Assert.Equal(D(expected), VisitSchedule.NextVisitDue(D(last), tier, Defaults));

    [Fact]
    public void Intervals_are_configurable() =>
        Assert.Equal(D("2026-01-08"), VisitSchedule.NextVisitDue(D("2026-01-01"), ClientTier.Diamond, new ClientRules { DiamondVisitDays = 7 }));
}
