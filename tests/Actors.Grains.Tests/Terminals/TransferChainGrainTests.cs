using Actors.Domain;
using Actors.Contracts.Terminals;
using Actors.Domain.Terminals;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests.Terminals;

/// <summary>The six-step ownership transfer (brief §2) on the real grains and store.</summary>
[Collection(GridCollection.Name)]
public sealed class TransferChainGrainTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    private ITransferGrain NewTransfer() => Grid.Client.GetGrain<ITransferGrain>(Network.NewId("TR"));

    [Fact]
    public async Task The_full_chain_changes_the_maintainer_at_step_6_and_the_audit_shows_six_entries_in_order()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var transfer = NewTransfer();

        var filed = await transfer.File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "merchant moved to B's district", w.LeadA);
        Assert.Null(filed.Refusal);
        Assert.Equal((w.A, w.B, StepName.MaintainerConfirmed), (filed.Value!.FromInstitutionId, filed.Value.ToInstitutionId, filed.Value.NextStep));
        Assert.Contains(transfer.GetPrimaryKeyString(), await w.Inbox(ApprovalQueues.Staff(w.Maintainer.StaffId)));

        foreach (var (who, step) in new[]
        {
            (w.Maintainer, StepName.MaintainerConfirmed), (w.HeadA, StepName.OutgoingHeadConfirmed), (w.HeadB, StepName.IncomingHeadConfirmed),
            (w.Management, StepName.ManagementOpinion),
        })
        {
            var result = await transfer.Confirm(who, "ok");
            Assert.Null(result.Refusal);
            Assert.Equal(step, result.Value!.Steps[^1].Step);
            Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(terminal));
        }
        Assert.Contains(transfer.GetPrimaryKeyString(), await w.Inbox(ApprovalQueues.Management));

        // Four eyes: who gave the opinion does not also change the register.
        var twice = (await transfer.Confirm(w.Management, "register changed")).Refusal;
        Assert.Equal((RefusalKind.Forbidden, TransferChain.FourEyesRule), (twice?.Kind, twice?.Rule));
        var done = await transfer.Confirm(w.Registrar, "register changed");
        Assert.Equal((TransferStatus.Completed, (StepName?)null), (done.Value!.Status, done.Value.NextStep));
        Assert.Equal(w.Receiver.StaffId, await w.MaintainerOf(terminal));
        Assert.DoesNotContain(transfer.GetPrimaryKeyString(), await w.Inbox(ApprovalQueues.Management));
        // The portfolios a departure transfer reads follow the register.
        Assert.DoesNotContain(terminal.GetPrimaryKeyString(), await Grid.Client.GetGrain<ITerminalPortfolioGrain>(w.Maintainer.StaffId).List());
        Assert.Contains(terminal.GetPrimaryKeyString(), await Grid.Client.GetGrain<ITerminalPortfolioGrain>(w.Receiver.StaffId).List());

        var audit = await Grid.Client.GetGrain<ITerminalAuditGrain>(terminal.GetPrimaryKeyString()).Get();
        Assert.Equal(
            ["Filed Filed", "MaintainerConfirmed Confirmed", "OutgoingHeadConfirmed Confirmed", "IncomingHeadConfirmed Confirmed",
             "ManagementOpinion Confirmed", "RegisterChanged Confirmed"],
            audit.Entries.Select(e => e.Action));
        Assert.Equal(
            [w.LeadA.StaffId, w.Maintainer.StaffId, w.HeadA.StaffId, w.HeadB.StaffId, w.Management.StaffId, w.Registrar.StaffId],
            audit.Entries.Select(e => e.By));
        Assert.Equal(["Applicant", "Maintainer", "InstitutionHead", "InstitutionHead", "ManagementDepartment", "ManagementDepartment"],
            audit.Entries.Select(e => e.Role));
        Assert.All(audit.Entries, e => Assert.Equal("10.1.2.3", e.Address));
        Assert.Equal("Gao Yan", audit.Entries[^1].ByName);
    }

    [Fact]
    public async Task Steps_out_of_order_or_by_the_wrong_role_are_refused_and_change_nothing()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var transfer = NewTransfer();
        await transfer.File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "rebalancing", w.LeadA);

        // Waiting for the maintainer: the heads and the department are out of order (409), others are not named (403).
        Assert.Equal(RefusalKind.Conflict, (await transfer.Confirm(w.HeadA, null)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Conflict, (await transfer.Confirm(w.HeadB, null)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Conflict, (await transfer.Confirm(w.Management, null)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await transfer.Confirm(w.Receiver, null)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await transfer.Confirm(w.LeadA, null)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await transfer.Reject(w.Receiver, "no")).Refusal?.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await transfer.Withdraw(w.Maintainer)).Refusal?.Kind);

        Assert.Null((await transfer.Confirm(w.Maintainer, null)).Refusal);
        // Step 3 is the outgoing head's: the incoming head is out of order, a head of another institution is not named.
        Assert.Equal(RefusalKind.Conflict, (await transfer.Confirm(w.HeadB, null)).Refusal?.Kind);
        var elsewhere = await w.Staff(w.Branch, "Branch head", Actors.Contracts.Managers.StaffRole.InstitutionHead);
        Assert.Equal(RefusalKind.Forbidden, (await transfer.Confirm(elsewhere, null)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Conflict, (await transfer.Confirm(w.Maintainer, null)).Refusal?.Kind);

        var view = await transfer.GetView();
        Assert.Equal(2, view!.Steps.Count);
        Assert.Equal(StepName.OutgoingHeadConfirmed, view.NextStep);
        Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(terminal));
        Assert.Equal(2, (await Grid.Client.GetGrain<ITerminalAuditGrain>(terminal.GetPrimaryKeyString()).Get()).Entries.Count);
    }

    [Fact]
    public async Task A_rejection_at_step_3_changes_nothing_and_frees_the_terminal_for_a_new_transfer()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var transfer = NewTransfer();
        await transfer.File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "rebalancing", w.LeadA);
        // While one is open, a second transfer of the same terminal is refused.
        Assert.Equal(RefusalKind.Conflict,
            (await NewTransfer().File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "again", w.LeadA)).Refusal?.Kind);
        await transfer.Confirm(w.Maintainer, null);

        var rejected = await transfer.Reject(w.HeadA, "the merchant asked to keep Li Wei");
        Assert.Equal(TransferStatus.Rejected, rejected.Value!.Status);
        Assert.Equal((StepName.OutgoingHeadConfirmed, StepDecision.Rejected, "the merchant asked to keep Li Wei"),
            (rejected.Value.Steps[^1].Step, rejected.Value.Steps[^1].Decision, rejected.Value.Steps[^1].Note));
        Assert.Equal(RefusalKind.Conflict, (await transfer.Confirm(w.HeadB, null)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Conflict, (await transfer.Withdraw(w.LeadA)).Refusal?.Kind);
        Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(terminal));
        Assert.DoesNotContain(transfer.GetPrimaryKeyString(), await w.Inbox(ApprovalQueues.Head(w.A), ApprovalQueues.Head(w.B)));

        var next = await NewTransfer().File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "second try", w.LeadA);
        Assert.Null(next.Refusal);
    }

    [Fact]
    public async Task Only_the_applicant_withdraws_and_a_withdrawn_transfer_changes_nothing()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var transfer = NewTransfer();
        await transfer.File(terminal.GetPrimaryKeyString(), TransferKind.Departure, w.Receiver.StaffId, "Li Wei leaves the bank", w.LeadA);
        foreach (var who in new[] { w.Maintainer, w.HeadA, w.HeadB })
        {
            Assert.Null((await transfer.Confirm(who, null)).Refusal);
        }
        Assert.Equal(RefusalKind.Forbidden, (await transfer.Withdraw(w.Management)).Refusal?.Kind);
        var withdrawn = await transfer.Withdraw(w.LeadA);
        Assert.Equal((TransferKind.Departure, TransferStatus.Withdrawn), (withdrawn.Value!.Kind, withdrawn.Value.Status));
        Assert.Equal(RefusalKind.Conflict, (await transfer.Confirm(w.Management, null)).Refusal?.Kind);
        Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(terminal));
    }

    [Fact]
    public async Task Filing_needs_a_registered_receiver_other_than_the_maintainer_and_an_applicant_concerned()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = (await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow())).GetPrimaryKeyString();
        Assert.Equal(RefusalKind.NotFound, (await NewTransfer().File("no-such-terminal", TransferKind.Ordinary, w.Receiver.StaffId, "x", w.LeadA)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Invalid, (await NewTransfer().File(terminal, TransferKind.Ordinary, "nobody", "x", w.LeadA)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Invalid, (await NewTransfer().File(terminal, TransferKind.Ordinary, w.Maintainer.StaffId, "x", w.LeadA)).Refusal?.Kind);
        var outsider = await w.Staff(w.Branch, "Outsider", Actors.Contracts.Managers.StaffRole.TeamLead);
        Assert.Equal(RefusalKind.Forbidden, (await NewTransfer().File(terminal, TransferKind.Ordinary, w.Receiver.StaffId, "x", outsider)).Refusal?.Kind);
        Assert.Empty((await Grid.Client.GetGrain<ITerminalAuditGrain>(terminal).Get()).Entries);
    }

    [Fact]
    public async Task A_lock_left_by_a_transfer_that_died_before_it_was_filed_is_released_by_the_next_filing()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        // As if a transfer's process died between locking the terminal and writing its own state.
        Assert.Null(await terminal.BeginTransfer(Network.NewId("TR")));

        var filed = await NewTransfer().File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "after a crash", w.LeadA);
        Assert.Null(filed.Refusal);
    }
}
