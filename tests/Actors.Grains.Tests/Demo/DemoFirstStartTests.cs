using Actors.Contracts.Collections;
using Actors.Contracts.Managers;
using Actors.Contracts.Statistics;
using Actors.Contracts.Terminals;
using Actors.Contracts.WorkOrders;
using Actors.Domain.Terminals;
using Actors.Grains.Tests.Support;
using Actors.Hosting.Demo;

namespace Actors.Grains.Tests.Demo;

/// <summary>The demo's first start leaves no screen empty: the back office a branch has on any working day is there.</summary>
public sealed class DemoFirstStartTests
{
    /// <summary>Tuesday 10 March 2026, before the branch opens.</summary>
    private static readonly DateOnly Day = new(2026, 3, 10);

    [Fact]
    public async Task Last_month_is_closed_this_months_work_orders_are_out_transfers_wait_at_every_step_and_promises_are_due_then_broken()
    {
        await using var grid = await DemoGrid.StartAsync(Cst.At(Day, 8), o => o.Seed = 7);
        var client = grid.Client;

        foreach (var institution in new[] { "HO", "BR-SZ", "SB-FT", "SB-NS" })
        {
            Assert.NotNull(await client.GetGrain<IMonthEndStatisticsGrain>(institution).Get("2026-02"));
        }
        Assert.NotNull(await client.GetGrain<IInactiveTerminalsGrain>("SB-FT").Get("2026-02"));
        Assert.NotEmpty((await client.GetGrain<IWorkOrderBookGrain>("SB-FT").List(Day)).Items);

        var waiting = new List<StepName?>();
        for (var n = 1; n <= 5; n++)
        {
            waiting.Add((await client.GetGrain<ITransferGrain>($"demo-transfer-{n}").GetView())?.NextStep);
        }
        Assert.Equal(
            [StepName.MaintainerConfirmed, StepName.OutgoingHeadConfirmed, StepName.IncomingHeadConfirmed, StepName.ManagementOpinion, StepName.RegisterChanged],
            waiting.OfType<StepName>().Order());
        var head = await client.GetGrain<IManagerGrain>(DemoRoster.SubBranchHead("SB-FT")).GetSnapshot();
        Assert.Equal(("Ma Lin", "马琳", "SB-FT"), (head!.Name, head.NameZh, head.InstitutionId));
        Assert.Contains(StaffRole.InstitutionHead, head.Roles);

        var board = client.GetGrain<ICollectionsBoardGrain>("BR-SZ");
        var due = await Eventually.Until(board.GetView, v => v.PromisesDueNextHour.Count == 2, "both morning promises are due within the hour on the branch's board", grid.Clock);
        Assert.All(due.PromisesDueNextHour, p => Assert.Equal(DemoRoster.Collectors("SB-FT")[0], p.CollectorId));

        await grid.PlayUntil(Cst.At(Day, 9, 10));
        await Eventually.Until(board.GetView, v => v.BrokenPromisesToday.Count >= 1, "the promise due at 08:03 is broken when its window ends", grid.Clock);
    }
}
