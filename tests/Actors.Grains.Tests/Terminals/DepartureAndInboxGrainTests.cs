using Actors.Contracts.Terminals;
using Actors.Contracts.Worklist;
using Actors.Domain;
using Actors.Domain.Terminals;
using Actors.Domain.Worklist;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests.Terminals;

/// <summary>
/// The business the API used to do itself, now in the grains: a leaver's departure handed over by their portfolio, and
/// the approvals inbox that the worklist shows.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class DepartureAndInboxGrainTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task A_leavers_portfolio_is_handed_over_one_transfer_per_terminal_and_a_locked_terminal_is_left_out_with_why()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var free = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var locked = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var open = await Grid.Client.GetGrain<ITransferGrain>(Network.NewId("TR"))
            .File(locked.GetPrimaryKeyString(), TransferKind.Ordinary, w.LeadA.StaffId, "already moving", w.LeadA);
        Assert.Null(open.Refusal);
        var portfolio = Grid.Client.GetGrain<ITerminalPortfolioGrain>(w.Maintainer.StaffId);

        // Not the leaver's team lead, head or the management department: refused, nothing filed.
        Assert.Equal(RefusalKind.Forbidden, (await portfolio.HandOver(w.Receiver.StaffId, "leaving", w.LeadB)).Refusal?.Kind);
        var toThemselves = (await portfolio.HandOver(w.Maintainer.StaffId, "leaving", w.LeadA)).Refusal;
        Assert.Equal(("toStaffId", RefusalKind.Invalid), (toThemselves?.Field, toThemselves?.Kind));
        Assert.Equal(RefusalKind.Invalid, (await portfolio.HandOver(Network.NewId("nobody"), "leaving", w.LeadA)).Refusal?.Kind);

        var departure = (await portfolio.HandOver(w.Receiver.StaffId, "leaving the bank", w.LeadA)).Value!;

        var filed = Assert.Single(departure.Filed);
        Assert.Equal((free.GetPrimaryKeyString(), TransferKind.Departure, StepName.MaintainerConfirmed), (filed.TerminalId, filed.Kind, filed.NextStep));
        var leftOut = Assert.Single(departure.LeftOut);
        Assert.Equal((locked.GetPrimaryKeyString(), RefusalKind.Conflict), (leftOut.TerminalId, leftOut.Reason.Kind));
        Assert.Contains(open.Value!.TransferId, leftOut.Reason.Detail.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_maintainers_worklist_shows_the_transfer_waiting_for_them_and_the_applicants_does_not()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var transfer = (await Grid.Client.GetGrain<ITransferGrain>(Network.NewId("TR"))
            .File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "merchant moved", w.LeadA)).Value!;

        var maintainers = (await Grid.Client.GetGrain<IWorklistGrain>(w.Maintainer.StaffId).Build(team: false))!;
        var item = Assert.Single(maintainers.Approvals);
        Assert.Equal((WorklistKind.Approval, transfer.TransferId), (item.Kind, item.Id));
        Assert.Equal([transfer.TransferId], (await Grid.Client.GetGrain<IApprovalsInboxGrain>(w.Maintainer.StaffId).WaitingFor()).Select(t => t.TransferId));

        Assert.Empty((await Grid.Client.GetGrain<IWorklistGrain>(w.LeadA.StaffId).Build(team: false))!.Approvals);
        // The incoming head's step comes later: not theirs yet, though the transfer is in their institution.
        Assert.Empty(await Grid.Client.GetGrain<IApprovalsInboxGrain>(w.HeadB.StaffId).WaitingFor());
    }
}
