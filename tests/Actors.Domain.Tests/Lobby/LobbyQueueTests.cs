using Actors.Domain.Lobby;

namespace Actors.Domain.Tests.Lobby;

public class LobbyQueueTests
{
    private static readonly QueuedTicket Ordinary1 = new("C001", 1, Premium: false, SentToThisDesk: false);
    private static readonly QueuedTicket Premium2 = new("C002", 2, Premium: true, SentToThisDesk: false);
    private static readonly QueuedTicket Ordinary3 = new("C003", 3, Premium: false, SentToThisDesk: false);
    private static readonly QueuedTicket Sent4 = new("R004", 4, Premium: false, SentToThisDesk: true);

    public static TheoryData<QueuedTicket[], bool, string?> Cases => new()
    {
        { [Ordinary3, Premium2, Ordinary1], false, "C001" }, // a counter: issue order, premium or not
        { [Ordinary3, Premium2, Ordinary1], true, "C002" },  // a VIP-room desk: premium first
        { [Ordinary3, Ordinary1], true, "C001" },            // a VIP-room desk with no premium waiting serves ordinary tickets
        { [Ordinary1, Premium2, Sent4], false, "R004" },     // a ticket sent to this desk by name comes first
        { [Ordinary1, Premium2, Sent4], true, "R004" },
        { [], true, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_desk_calls_in_issue_order_with_sent_tickets_first_and_premium_first_at_VIP_desks(QueuedTicket[] callable, bool premiumFirst, string? expected) =>
        Assert.Equal(expected, LobbyQueue.Next(callable, premiumFirst)?.TicketId);

    [Theory]
    [InlineData("cash", null, "D1", true)]
    [InlineData("wealth", null, "D1", false)]
    [InlineData("wealth", "D1", "D1", true)]  // sent by name: the desk's services do not matter
    [InlineData("cash", "D2", "D1", false)]   // sent to another desk: only that desk calls it
    public void A_desk_calls_its_services_and_tickets_sent_to_it(string service, string? sentTo, string desk, bool callable) =>
        Assert.Equal(callable, LobbyQueue.CanCall(service, sentTo, desk, ["cash", "remittance"]));
}
