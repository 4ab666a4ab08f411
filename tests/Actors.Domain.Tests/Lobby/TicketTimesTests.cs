using Actors.Domain.Lobby;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Lobby;

public class TicketTimesTests
{
    [Fact]
    public void Waits_and_service_add_up_across_a_transfer()
    {
        var times = TicketTimes.IssuedAt(Cst("2026-03-02 09:00:00"))
            .Called(Cst("2026-03-02 09:06:00"))
            .Requeued(Cst("2026-03-02 09:10:00"))
            .Called(Cst("2026-03-02 09:13:00"))
            .Finished(Cst("2026-03-02 09:20:00"));

        Assert.Equal(TimeSpan.FromMinutes(9), times.Waited);
        Assert.Equal(TimeSpan.FromMinutes(11), times.Served);
        Assert.True(times.EverCalled);
        Assert.Null(times.AtDeskSince);
    }

    [Fact]
    public void A_no_show_waited_but_was_never_served()
    {
        var times = TicketTimes.IssuedAt(Cst("2026-03-02 09:00:00")).Called(Cst("2026-03-02 09:04:00")).NoShow();
        Assert.Equal((TimeSpan.FromMinutes(4), TimeSpan.Zero), (times.Waited, times.Served));
    }

    [Theory]
    [InlineData(new double[0], 0)]
    [InlineData(new[] { 4.0 }, 4)]
    [InlineData(new[] { 1.0, 2.0 }, 1.5)]
    [InlineData(new[] { 1.0, 1.0, 2.0 }, 1.33)]
    public void Averages_are_in_minutes_to_the_hundredth(double[] minutes, double expected) =>
        Assert.Equal(expected, LobbyDay.AverageMinutes(minutes.Select(TimeSpan.FromMinutes)));

    [Theory]
    [InlineData("2026-03-02 23:59:59", "2026-03-02 23:59:59", false)]
    [InlineData("2026-03-02 09:00:00", "2026-03-03 00:00:00", true)]
    [InlineData("2026-03-02 23:59:59", "2026-03-03 00:00:00", true)]
    public void Closed_items_drop_off_after_local_midnight(string closedAt, string now, bool dropsOff) =>
        Assert.Equal(dropsOff, LobbyDay.DropsOff(Cst(closedAt), Cst(now), Clock));

    [Fact]
    public void The_day_ends_at_local_midnight_not_UTC_midnight() =>
        Assert.Equal(Cst("2026-03-03 00:00:00"), LobbyDayClose.EndsAt(Clock.DateOf(Utc("2026-03-02T15:30:00Z")), Clock)); // 23:30 CST
}
