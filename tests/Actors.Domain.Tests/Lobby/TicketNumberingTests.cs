using Actors.Domain.Lobby;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Lobby;

public class TicketNumberingTests
{
    [Theory]
    [InlineData(null, 0, "2026-03-02", 1)]
    [InlineData("2026-03-02", 1, "2026-03-02", 2)]
    [InlineData("2026-03-02", 57, "2026-03-02", 58)]
    [InlineData("2026-03-02", 57, "2026-03-03", 1)]
    [InlineData("2026-02-27", 120, "2026-03-02", 1)]
    public void Numbers_restart_at_one_each_business_day(string? lastIssuedOn, int lastSequence, string today, int expected) =>
        Assert.Equal(expected, TicketNumbering.NextSequence(lastIssuedOn is null ? null : D(lastIssuedOn), lastSequence, D(today)));

    [Theory]
    [InlineData('C', 1, "C001")]
    [InlineData('R', 42, "R042")]
    [InlineData('W', 999, "W999")]
    [InlineData('E', 1000, "E1000")]
    public void A_number_is_the_service_letter_and_three_digits(char letter, int sequence, string expected) =>
        Assert.Equal(expected, TicketNumbering.Format(letter, sequence));

    [Fact]
    public void There_is_no_ticket_zero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TicketNumbering.Format('C', 0));
}
