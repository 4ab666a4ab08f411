using Actors.Domain;
using Actors.Contracts.Clients;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Contracts.Transactions;
using Actors.Domain.Lobby;
using Actors.Grains.Tests.Support;
using static Actors.Grains.Tests.Lobby.LobbyKit;

namespace Actors.Grains.Tests.Lobby;

[Collection(GridCollection.Name)]
public sealed class LobbyPremiumTests(GridClusterFixture fixture)
{
    [Fact]
    public async Task A_known_Gold_client_is_premium_and_a_Silver_one_is_not()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        var gold = await Client(kit, 5_000_000m);
        var silver = await Client(kit, 4_999_999.99m);

        var goldTicket = await kit.Ticket(ServiceType.Enquiry, gold);
        var silverTicket = await kit.Ticket(ServiceType.Enquiry, silver);

        Assert.Equal((true, gold), (goldTicket.Premium, goldTicket.ClientId));
        Assert.Equal(["KnownPremiumClient"], goldTicket.PremiumSignals);
        Assert.False(silverTicket.Premium);
        Assert.Empty(silverTicket.PremiumSignals);
        Refused(RefusalKind.Invalid, await kit.Lobby.IssueTicket(new(ServiceType.Cash, "no-such-client", null, [])), "clientId");
    }

    [Fact]
    public async Task A_declared_remittance_of_200_000_CNY_is_premium_and_one_cent_less_is_not()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        var large = await kit.Ticket(ServiceType.Remittance, amount: 200_000m);
        var almost = await kit.Ticket(ServiceType.Remittance, amount: 199_999.99m);
        var fx = await kit.Ticket(ServiceType.Enquiry, amount: 300_000m, declared: [CustomerDeclaration.ForeignExchange, CustomerDeclaration.SafeDepositBox]);

        Assert.Equal((true, "R001"), (large.Premium, large.Number));
        Assert.Equal(["LargeRemittance"], large.PremiumSignals);
        Assert.False(almost.Premium);
        Assert.Equal(["LargeForeignExchange", "SafeDepositBox"], fx.PremiumSignals);
    }

    [Fact]
    public async Task Prospects_are_kept_for_their_client_manager_and_premium_clients_are_not_prospects()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        var manager = await kit.Network.Manager();
        var other = await kit.Network.Manager();
        var silver = await Client(kit, 600_000m);
        var gold = await Client(kit, 6_000_000m);
        var ticket = await kit.Ticket(ServiceType.Wealth, silver, 150_000m);

        var fromTicket = Ok(await kit.Lobby.RegisterProspect(new(ticket.TicketId, null, null, manager, "asks about pension products", "lm-1")));
        var walkIn = Ok(await kit.Lobby.RegisterProspect(new(null, null, "Ms Chen", other, "owns two restaurants", "lm-1")));
        Assert.Equal((ticket.TicketId, silver), (fromTicket.TicketId, fromTicket.ClientId));

        Assert.Equal([fromTicket], (await kit.Lobby.GetProspects(manager))!);
        Assert.Equal([fromTicket, walkIn], (await kit.Lobby.GetProspects(null))!);
        Refused(RefusalKind.Invalid, await kit.Lobby.RegisterProspect(new(null, gold, null, manager, "x", "lm-1")), "clientId");
        Refused(RefusalKind.Invalid, await kit.Lobby.RegisterProspect(new("no-such-ticket", null, null, manager, "x", "lm-1")), "ticketId");
    }

    /// <summary>A client of two years' standing with these deposits (Gold from 5,000,000 standard deposits).</summary>
    private static async Task<string> Client(LobbyKit kit, decimal deposits)
    {
        var id = await kit.Network.Client(kit.Grid.Clock.Today().AddYears(-2));
        var outcome = await kit.Grid.Client.GetGrain<IClientGrain>(id)
            .ApplyMovement(new(Network.NewId("tx"), id, AccountMovementKind.Deposit, deposits, kit.Grid.Clock.GetUtcNow()));
        Assert.Equal(OutcomeStatus.Applied, outcome.Status);
        return id;
    }
}
