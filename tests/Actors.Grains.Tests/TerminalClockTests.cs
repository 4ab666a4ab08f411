using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests;

[Collection(GridCollection.Name)]
public sealed class TerminalClockTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task A_terminal_goes_inactive_at_exactly_thirty_days_without_a_sale_and_active_again_on_a_sale()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var terminal = Grid.Client.GetGrain<ITerminalGrain>(Network.NewId("T"));
        var signedUp = Grid.Clock.GetUtcNow();
        Assert.Null((await terminal.Register(new(network.InstitutionId, "Tea Shop", null, "M-1", signedUp))).Refusal);
        var saleAt = signedUp.AddHours(2);
        Grid.Clock.AdvanceTo(saleAt);
        Assert.Equal(OutcomeStatus.Applied, (await terminal.ApplySale(new(Network.NewId("tx"), "t", 88m, saleAt))).Status);

        Grid.Clock.AdvanceTo(GridCluster.JustBefore(saleAt.AddDays(30)));
        var justBefore = await terminal.GetSnapshot();
        Assert.False(justBefore!.Inactive);
        Assert.Equal(saleAt.AddDays(30), justBefore.InactiveAt);

        Grid.Clock.AdvanceTo(saleAt.AddDays(30));
        var inactive = await Eventually.Until(terminal.GetSnapshot, s => s!.Inactive, "the terminal is inactive", Grid.Clock);
        Assert.Equal(saleAt.AddDays(30), inactive!.InactiveSince);
        Assert.Null(inactive.NextClockAt);

        var revivalAt = saleAt.AddDays(33);
        Grid.Clock.AdvanceTo(revivalAt);
        await terminal.ApplySale(new(Network.NewId("tx"), "t", 12m, revivalAt));
        var active = await terminal.GetSnapshot();
        Assert.False(active!.Inactive);
        Assert.Null(active.InactiveSince);
        Assert.Equal(revivalAt.AddDays(30), active.InactiveAt);
        Assert.Equal(2, active.SalesCount);
    }

    [Fact]
    public async Task Sales_move_the_inactivity_instant_without_an_early_inactive_flag()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var terminal = Grid.Client.GetGrain<ITerminalGrain>(Network.NewId("T"));
        var start = Grid.Clock.GetUtcNow();
        await terminal.Register(new(network.InstitutionId, "Bakery", null, "M-1", start));
        await terminal.ApplySale(new(Network.NewId("tx"), "t", 5m, start));

        // A sale every ten days for two months: the clock armed at the first sale's instant fires, finds a later sale, re-arms.
        for (var day = 10; day <= 60; day += 10)
        {
            Grid.Clock.AdvanceTo(start.AddDays(day));
            await terminal.ApplySale(new(Network.NewId("tx"), "t", 5m, start.AddDays(day)));
        }
        Grid.Clock.AdvanceTo(GridCluster.JustBefore(start.AddDays(60 + 30)));
        Assert.False((await terminal.GetSnapshot())!.Inactive);
        Grid.Clock.AdvanceTo(start.AddDays(90));
        var inactive = await Eventually.Until(terminal.GetSnapshot, s => s!.Inactive, "the terminal is inactive", Grid.Clock);
        Assert.Equal(start.AddDays(90), inactive!.InactiveSince);
    }

    [Fact]
    public async Task A_replayed_sale_reports_its_first_outcome_and_counts_once()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var terminal = Grid.Client.GetGrain<ITerminalGrain>(Network.NewId("T"));
        var now = Grid.Clock.GetUtcNow();
        await terminal.Register(new(network.InstitutionId, "Print Shop", null, "M-1", now));
        var sale = new PosSale(Network.NewId("tx"), "t", 40m, now);

        var first = await terminal.ApplySale(sale);
        var again = await terminal.ApplySale(sale);

        Assert.Equal(new TransactionOutcome(sale.TransactionId, OutcomeStatus.Applied), first);
        Assert.Equal(first with { Replayed = true }, again);
        var snapshot = await terminal.GetSnapshot();
        Assert.Equal((1, 40m), (snapshot!.SalesCount, snapshot.SalesAmount));
    }
}
