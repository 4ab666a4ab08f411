using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Statistics;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Domain.Terminals;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests.Statistics;

/// <summary>Its own grid: the test moves the clock across a month end.</summary>
public sealed class MonthEndStatisticsClusterFixture() : OwnGridFixture("month-end-statistics");

[CollectionDefinition(Name)]
public sealed class MonthEndStatisticsCollection : ICollectionFixture<MonthEndStatisticsClusterFixture>
{
    public const string Name = "month-end-statistics";
}

/// <summary>
/// Issue 6: "at month end ... the month's statistics appear by themselves". A branch with one sub-branch has new accounts,
/// a deposit and terminals in April; at 00:00 on 1 May April is frozen, and what happens in May does not rewrite it.
/// </summary>
[Collection(MonthEndStatisticsCollection.Name)]
public sealed class MonthEndStatisticsTests(MonthEndStatisticsClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;
    private IClusterClient Grains => Grid.Client;

    private static readonly DateOnly April10 = new(2026, 4, 10);

    [Fact]
    public async Task April_closes_by_itself_at_midnight_on_1_May_with_the_months_figures_and_May_does_not_change_them()
    {
        var (branch, subBranch) = (Network.NewId("BR"), Network.NewId("SB"));
        await BankRoot.BranchAsync(Grains, branch, "深圳分行");
        Assert.Null((await Grains.GetGrain<IInstitutionGrain>(subBranch).Register(new("福田支行", InstitutionKind.SubBranch, branch))).Refusal);
        var (wang, li) = (await Staff(subBranch, "王芳"), await Staff(subBranch, "Li Wei"));
        var silent = await Terminal(subBranch, wang, Cst.At(new DateOnly(2026, 2, 1), 9));
        var busy = await Terminal(subBranch, wang, Cst.At(new DateOnly(2026, 3, 2), 9));

        // April: Wang Fang opens two corporate accounts (basic accounts), Li Wei one; a deposit; the busy terminal sells.
        Grid.Clock.AdvanceTo(Cst.At(April10, 10));
        var first = await Client(subBranch, wang, ClientKind.Corporate, April10);
        await Client(subBranch, wang, ClientKind.Corporate, April10);
        await Client(subBranch, li, ClientKind.Individual, April10);
        await Deposit(first, 50_000m);
        await busy.ApplySale(new(Network.NewId("tx"), busy.GetPrimaryKeyString(), 66m, Grid.Clock.GetUtcNow()));
        Assert.Null(await Book(branch).Get("2026-04"));

        // 00:00 on 1 May: the clock fires by itself and April is frozen for the branch and for the sub-branch.
        var monthEnd = Cst.At(new DateOnly(2026, 5, 1), 0);
        Grid.Clock.AdvanceTo(monthEnd);
        var april = await Eventually.Until(() => Book(branch).Get("2026-04"), s => s is not null, "April's statistics are made", Grid.Clock);
        Assert.NotNull(await Eventually.Until(() => Book(subBranch).Get("2026-04"), s => s is not null, "the sub-branch's too", Grid.Clock));

        Assert.Equal(("深圳分行", "2026-04", monthEnd), (april!.InstitutionName, april.Month, april.GeneratedAt));
        Assert.Equal((3, 3, 2, 50_000m), (april.Institution.Accounts, april.Institution.NewAccounts, april.Institution.NewBasicAccounts, april.Institution.DepositsGrowth));
        Assert.Equal(new TerminalTally(2, 1, 1), april.Terminals);
        var sb = Assert.Single(april.SubBranches);
        Assert.Equal((subBranch, "福田支行", 3, new TerminalTally(2, 1, 1)), (sb.InstitutionId, sb.Name, sb.Figures.NewAccounts, sb.Terminals));
        Assert.Equal((false, false, true), (sb.Targets.MonthlyMet, sb.Targets.WeeklyMet, sb.Targets.BasicMet));
        Assert.Equal([(wang.Id, "王芳", 2, 2), (li.Id, "Li Wei", 1, 0)],
            april.Managers.Select(m => (m.ManagerId, m.Name, m.Figures.NewAccounts, m.Figures.NewBasicAccounts)).OrderByDescending(m => m.Item3));

        // The same figures the kpis read gives for April.
        var kpis = (await Grains.GetGrain<IClientBookGrain>(branch).Kpis(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1)))!;
        Assert.Equal(Figures(kpis.Institution), Figures(april.Institution));
        Assert.Equal(kpis.Managers.Select(m => Figures(m.Figures)), april.Managers.Select(m => Figures(m.Figures)));

        // May: a deposit, a sale on the silent terminal and an account opened late with an April date.
        Grid.Clock.AdvanceTo(Cst.At(new DateOnly(2026, 5, 6), 10));
        await Deposit(first, 20_000m);
        await silent.ApplySale(new(Network.NewId("tx"), silent.GetPrimaryKeyString(), 10m, Grid.Clock.GetUtcNow()));
        await Client(subBranch, li, ClientKind.Corporate, new DateOnly(2026, 4, 28));

        var reread = (await Book(branch).Get("2026-04"))!;
        Assert.Equal(april.GeneratedAt, reread.GeneratedAt);
        Assert.Equal(Figures(april.Institution), Figures(reread.Institution));
        Assert.Equal(new TerminalTally(2, 1, 1), reread.Terminals);
        Assert.Equal(april.Managers.Select(m => Figures(m.Figures)), reread.Managers.Select(m => Figures(m.Figures)));
        // Read now, April would count the late account: the frozen month does not.
        var now = (await Grains.GetGrain<IClientBookGrain>(branch).Kpis(new DateOnly(2026, 4, 1), Grid.Clock.Today()))!;
        Assert.Equal((4, 3), (now.Institution.NewAccounts, reread.Institution.NewAccounts));
        Assert.Null(await Book(branch).Get("2026-05"));

        // Kept in the store, not only in memory: read back after the activations are collected.
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stored = (await Book(branch).Get("2026-04"))!;
        Assert.Equal((Figures(april.Institution), april.GeneratedAt, april.Managers[0].Name), (Figures(stored.Institution), stored.GeneratedAt, stored.Managers[0].Name));
        Assert.Equal(april.SubBranches[0].Targets, stored.SubBranches[0].Targets);
    }

    /// <summary>The figures as one comparable text (amounts to the fen: the store may keep 50000 as 50000.0).</summary>
    private static string Figures(Actors.Domain.Kpis.KpiFigures f) => FormattableString.Invariant(
        $"{f.Month} {f.Through} {f.Accounts}/{f.NewAccounts}/{f.NewBasicAccounts}/{f.Reactivated}/{f.WentDormant}/{f.Dormant} {f.DepositsAtStart:0.00}/{f.DepositsAtEnd:0.00}/{f.DepositsGrowth:0.00} {string.Join(',', f.Weeks)}");

    private IMonthEndStatisticsGrain Book(string institutionId) => Grains.GetGrain<IMonthEndStatisticsGrain>(institutionId);

    private async Task<(string Id, string Name)> Staff(string institutionId, string name)
    {
        var id = Network.NewId("M");
        Assert.Null((await Grains.GetGrain<IManagerGrain>(id).Register(new(institutionId, name, [StaffRole.ClientManager]))).Refusal);
        return (id, name);
    }

    private async Task<ITerminalGrain> Terminal(string institutionId, (string Id, string Name) maintainer, DateTimeOffset signedUpAt)
    {
        var terminal = Grains.GetGrain<ITerminalGrain>(Network.NewId("T"));
        Assert.Null((await terminal.Register(new(institutionId, "Tea Shop", null, maintainer.Id, signedUpAt))).Refusal);
        return terminal;
    }

    private async Task<IClientGrain> Client(string institutionId, (string Id, string Name) manager, ClientKind kind, DateOnly since)
    {
        var client = Grains.GetGrain<IClientGrain>(Network.NewId("C"));
        Assert.Null((await client.Register(new(institutionId, "Client", kind, since, manager.Id, 0))).Refusal);
        return client;
    }

    private Task<TransactionOutcome> Deposit(IClientGrain client, decimal amount) =>
        client.ApplyMovement(new(Network.NewId("tx"), client.GetPrimaryKeyString(), AccountMovementKind.Deposit, amount, Grid.Clock.GetUtcNow()));
}
