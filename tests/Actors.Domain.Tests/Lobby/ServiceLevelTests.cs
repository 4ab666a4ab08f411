using Actors.Domain.Lobby;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Lobby;

public class ServiceLevelTests
{
    private static readonly LobbyRules Defaults = new();

    [Theory]
    [InlineData("2026-03-02 09:14:59.999", false, false)]
    [InlineData("2026-03-02 09:15:00.000", false, true)]
    [InlineData("2026-03-02 09:40:00.000", false, true)]
    [InlineData("2026-03-02 09:04:59.999", true, false)]
    [InlineData("2026-03-02 09:05:00.000", true, true)]
    public void A_wait_is_breached_from_the_target_on_that_instant_included(string until, bool premium, bool breached) =>
        Assert.Equal(breached, ServiceLevel.IsBreached(Cst("2026-03-02 09:00:00"), premium, Precise(until), Defaults));

    [Theory]
    [InlineData(false, "2026-03-02 09:15:00")]
    [InlineData(true, "2026-03-02 09:05:00")]
    public void The_due_instant_is_the_wait_start_plus_the_target(bool premium, string due) =>
        Assert.Equal(Cst(due), ServiceLevel.DueAt(Cst("2026-03-02 09:00:00"), premium, Defaults));

    [Fact]
    public void Targets_are_configurable()
    {
        var rules = new LobbyRules { SlaMinutes = 10, PremiumSlaMinutes = 3 };
        Assert.Equal(TimeSpan.FromMinutes(10), ServiceLevel.Target(false, rules));
        Assert.Equal(TimeSpan.FromMinutes(3), ServiceLevel.Target(true, rules));
    }

    [Fact]
    public void The_next_breach_is_the_earliest_due_among_waits_not_yet_flagged()
    {
        Wait[] waits =
        [
            new(Cst("2026-03-02 09:00:00"), false, Flagged: true),  // due 09:15, already flagged
            new(Cst("2026-03-02 09:02:00"), false, Flagged: false), // due 09:17
            new(Cst("2026-03-02 09:10:00"), true, Flagged: false),  // due 09:15
        ];
        Assert.Equal(Cst("2026-03-02 09:15:00"), ServiceLevel.NextBreachAt(waits, Defaults));
        Assert.Equal(Cst("2026-03-02 09:17:00"), ServiceLevel.NextBreachAt(waits[..2], Defaults));
        Assert.Null(ServiceLevel.NextBreachAt(waits[..1], Defaults));
        Assert.Null(ServiceLevel.NextBreachAt([], Defaults));
    }

    private static DateTimeOffset Precise(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(8));
}
