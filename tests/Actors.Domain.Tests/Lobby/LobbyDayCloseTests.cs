using Actors.Domain.Lobby;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Lobby;

public class LobbyDayCloseTests
{
    private static readonly LobbyRules Rules = new();
    private static readonly TimeOnly DayEnd = Rules.DayEndsAt;

    [Fact]
    public void The_day_closes_at_18_30_business_time_by_default_and_ends_at_local_midnight()
    {
        Assert.Equal(new TimeOnly(18, 30), DayEnd);
        Assert.Equal(Cst("2026-03-02 18:30:00"), LobbyDayClose.ClosesAt(D("2026-03-02"), DayEnd, Clock));
        Assert.Equal(Utc("2026-03-02T10:30:00Z"), LobbyDayClose.ClosesAt(D("2026-03-02"), DayEnd, Clock));
        Assert.Equal(Cst("2026-03-03 00:00:00"), LobbyDayClose.EndsAt(D("2026-03-02"), Clock));
    }

    [Theory]
    [InlineData("2026-03-02 09:00:00", "2026-03-02 18:30:00")]
    [InlineData("2026-03-02 18:29:59", "2026-03-02 18:30:00")]
    // Let in after the close: still never carried into the next day.
    [InlineData("2026-03-02 18:30:00", "2026-03-03 00:00:00")]
    [InlineData("2026-03-02 23:59:00", "2026-03-03 00:00:00")]
    // 07:30 in Beijing is 23:30 UTC the day before: the business day counts, not the UTC one.
    [InlineData("2026-03-03 07:30:00", "2026-03-03 18:30:00")]
    public void An_open_ticket_closes_at_its_days_close_or_for_a_late_one_at_midnight(string issuedAt, string closesAt) =>
        Assert.Equal(Cst(closesAt), LobbyDayClose.ClosingOf(Cst(issuedAt), DayEnd, Clock));

    [Fact]
    public void A_configured_end_of_day_moves_the_close()
    {
        var saturday = new TimeOnly(16, 0);
        Assert.Equal(Cst("2026-03-07 16:00:00"), LobbyDayClose.ClosingOf(Cst("2026-03-07 11:00:00"), saturday, Clock));
    }

    [Fact]
    public void A_customer_still_waiting_at_the_close_was_not_served_and_waited_until_then()
    {
        var times = TicketTimes.IssuedAt(Cst("2026-03-02 18:20:00"));
        var closed = LobbyDayClose.Close(OpenTicket.Waiting, times, premium: false, breached: false, Cst("2026-03-02 18:30:00"), Rules);
        Assert.Equal((TicketEnd.NotServedAtClose, TimeSpan.FromMinutes(10), false), (closed.End, closed.Times.Waited, closed.SlaBreached));
    }

    [Fact]
    public void A_wait_that_reached_its_target_by_the_close_is_a_breach_judged_at_the_close_not_when_a_late_silo_learns_of_it()
    {
        var close = Cst("2026-03-02 18:30:00");
        var longWait = LobbyDayClose.Close(OpenTicket.Waiting, TicketTimes.IssuedAt(Cst("2026-03-02 18:15:00")), false, false, close, Rules);
        var shortWait = LobbyDayClose.Close(OpenTicket.Waiting, TicketTimes.IssuedAt(Cst("2026-03-02 18:16:00")), false, false, close, Rules);
        var premium = LobbyDayClose.Close(OpenTicket.Waiting, TicketTimes.IssuedAt(Cst("2026-03-02 18:25:00")), true, false, close, Rules);
        Assert.Equal((true, false, true), (longWait.SlaBreached, shortWait.SlaBreached, premium.SlaBreached));
    }

    [Fact]
    public void A_customer_being_served_at_the_close_is_served_until_then_and_one_called_but_not_come_was_not_served()
    {
        var close = Cst("2026-03-02 18:30:00");
        var atDesk = TicketTimes.IssuedAt(Cst("2026-03-02 18:00:00")).Called(Cst("2026-03-02 18:10:00"));
        var serving = LobbyDayClose.Close(OpenTicket.Serving, atDesk, false, breached: false, close, Rules);
        Assert.Equal((TicketEnd.Served, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20)), (serving.End, serving.Times.Waited, serving.Times.Served));

        var called = LobbyDayClose.Close(OpenTicket.Called, atDesk, false, breached: true, close, Rules);
        Assert.Equal((TicketEnd.NotServedAtClose, TimeSpan.Zero, true), (called.End, called.Times.Served, called.SlaBreached));

        var parked = LobbyDayClose.Close(OpenTicket.Parked, atDesk.Parked(Cst("2026-03-02 18:12:00"), serving: true), false, false, close, Rules);
        Assert.Equal((TicketEnd.NotServedAtClose, TimeSpan.FromMinutes(2)), (parked.End, parked.Times.Served));
    }
}
