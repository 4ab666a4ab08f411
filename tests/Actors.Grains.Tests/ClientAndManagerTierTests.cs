using Actors.Contracts.Clients;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Transactions;
using Actors.Domain.Clients;
using Actors.Domain.Managers;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests;

[Collection(GridCollection.Name)]
public sealed class ClientAndManagerTierTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    private Task<TransactionOutcome> Move(IClientGrain client, AccountMovementKind kind, decimal amount) =>
        client.ApplyMovement(new(Network.NewId("tx"), client.GetPrimaryKeyString(), kind, amount, Grid.Clock.GetUtcNow()));

    [Fact]
    public async Task A_clients_tier_follows_its_deposits_and_a_bad_credit_record_forces_bronze()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var client = Grid.Client.GetGrain<IClientGrain>(await network.Client(Grid.Clock.Today().AddYears(-2)));

        await Move(client, AccountMovementKind.Deposit, 4_999_999.99m);
        Assert.Equal(ClientTier.Silver, (await client.GetSnapshot())!.Tier);
        await Move(client, AccountMovementKind.Deposit, 0.01m);
        Assert.Equal(ClientTier.Gold, (await client.GetSnapshot())!.Tier);
        await Move(client, AccountMovementKind.Deposit, 45_000_000m); // exactly 50,000,000
        Assert.Equal(ClientTier.Platinum, (await client.GetSnapshot())!.Tier);
        await Move(client, AccountMovementKind.Withdrawal, 46_000_000m);
        var silver = (await client.GetSnapshot())!;
        Assert.Equal((ClientTier.Silver, 4_000_000m), (silver.Tier, silver.DepositBalance));

        await Move(client, AccountMovementKind.Deposit, 10_000_000m);
        Assert.Equal(ClientTier.Gold, (await client.GetSnapshot())!.Tier);
        Assert.Equal(ClientTier.Bronze, (await client.SetAdverseRecord(true))!.Tier);
        Assert.Equal(ClientTier.Gold, (await client.SetAdverseRecord(false))!.Tier);
    }

    [Fact]
    public async Task A_new_client_is_unrated_until_half_a_year_of_relationship_then_rated_by_its_clock()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var since = Grid.Clock.Today().AddMonths(-6).AddDays(2);
        var client = Grid.Client.GetGrain<IClientGrain>(await network.Client(since));
        await Move(client, AccountMovementKind.Deposit, 6_000_000m);
        var unrated = (await client.GetSnapshot())!;
        Assert.Equal(ClientTier.Unrated, unrated.Tier);
        Assert.Equal(since.AddMonths(6), unrated.RatedFrom);

        Grid.Clock.AdvanceTo(Cst.At(since.AddMonths(6), 0));
        var rated = await Eventually.Until(async () => (await client.GetSnapshot())!, s => s.Tier != ClientTier.Unrated, "the client is rated", Grid.Clock);
        Assert.Equal(ClientTier.Gold, rated.Tier);
    }

    [Fact]
    public async Task A_withdrawal_that_would_overdraw_is_refused_and_changes_nothing()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var client = Grid.Client.GetGrain<IClientGrain>(await network.Client(Grid.Clock.Today().AddYears(-1)));
        await Move(client, AccountMovementKind.Deposit, 100m);
        var outcome = await Move(client, AccountMovementKind.Withdrawal, 100.01m);
        Assert.Equal(OutcomeStatus.Refused, outcome.Status);
        Assert.Equal(100m, (await client.GetSnapshot())!.DepositBalance);
    }

    [Fact]
    public async Task A_visit_moves_the_due_date_and_an_unvisited_client_falls_overdue_after_its_interval()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var since = Grid.Clock.Today().AddYears(-1);
        var client = Grid.Client.GetGrain<IClientGrain>(await network.Client(since));
        var overdue = (await client.GetSnapshot())!;
        Assert.True(overdue.VisitOverdue);

        var visited = (await client.LogVisit(new(VisitType.OnSite, "M-1", Grid.Clock.GetUtcNow(), "business as usual")))!;
        Assert.False(visited.VisitOverdue);
        Assert.Equal(Grid.Clock.Today().AddDays(180), visited.VisitDueOn); // Bronze: every 180 days

        Grid.Clock.AdvanceTo(Cst.At(visited.VisitDueOn.AddDays(1), 0));
        Assert.True((await Eventually.Until(async () => (await client.GetSnapshot())!, s => s.VisitOverdue, "the visit is overdue", Grid.Clock)).VisitOverdue);
    }

    [Fact]
    public async Task A_managers_tier_changes_as_credit_clients_are_allocated()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var managerId = await network.Manager();
        var manager = Grid.Client.GetGrain<IManagerGrain>(managerId);
        Assert.Equal(ManagerTier.E, (await manager.GetSnapshot())!.Tier);

        for (var i = 1; i <= 11; i++)
        {
            var clientId = await network.Client(Grid.Clock.Today().AddYears(-1));
            await DisburseLoanTo(network, clientId);
            await Grid.Client.GetGrain<IClientGrain>(clientId).AssignManager(managerId);
            var expected = i <= 10 ? ManagerTier.E : ManagerTier.D;
            Assert.Equal((i, expected), ((await manager.GetSnapshot())!.CreditClients, (await manager.GetSnapshot())!.Tier));
        }

        // A client without a loan is in the portfolio but does not count towards the tier.
        await network.Client(Grid.Clock.Today(), managerId);
        var snapshot = (await manager.GetSnapshot())!;
        Assert.Equal((12, 11, ManagerTier.D), (snapshot.Clients, snapshot.CreditClients, snapshot.Tier));
    }

    private async Task DisburseLoanTo(Network network, string clientId)
    {
        var loan = Grid.Client.GetGrain<ILoanGrain>(Network.NewId("L"));
        for (var day = Grid.Clock.Today(); ; day = day.AddDays(-1))
        {
            if ((await loan.Register(new(network.InstitutionId, clientId, 50_000m, 0.05m, 12, day))).Refusal is null)
            {
                return;
            }
        }
    }
}
