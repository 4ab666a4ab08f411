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
        Assert.Equal(TransferRefusal.None, filed.Refusal);
        Assert.Equal((w.A, w.B, StepName.MaintainerConfirmed), (filed.View!.FromInstitutionId, filed.View.ToInstitutionId, filed.View.NextStep));
        Assert.Contains(transfer.GetPrimaryKeyString(), await w.Inbox(ApprovalQueues.Staff(w.Maintainer.StaffId)));

        foreach (var (who, step) in new[]
        {
            (w.Maintainer, StepName.MaintainerConfirmed), (w.HeadA, StepName.OutgoingHeadConfirmed), (w.HeadB, StepName.IncomingHeadConfirmed),
            (w.Management, StepName.ManagementOpinion),
        })
        {
            var result = await transfer.Confirm(who, "ok");
            Assert.Equal(TransferRefusal.None, result.Refusal);
            Assert.Equal(step, result.View!.Steps[^1].Step);
            Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(terminal));
        }
        Assert.Contains(transfer.GetPrimaryKeyString(), await w.Inbox(ApprovalQueues.Management));

        var done = await transfer.Confirm(w.Management, "register changed");
        Assert.Equal((TransferStatus.Completed, (StepName?)null), (done.View!.Status, done.View.NextStep));
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
            [w.LeadA.StaffId, w.Maintainer.StaffId, w.HeadA.StaffId, w.HeadB.StaffId, w.Management.StaffId, w.Management.StaffId],
            audit.Entries.Select(e => e.By));
        Assert.Equal(["Applicant", "Maintainer", "InstitutionHead", "InstitutionHead", "ManagementDepartment", "ManagementDepartment"],
            audit.Entries.Select(e => e.Role));
        Assert.All(audit.Entries, e => Assert.Equal("10.1.2.3", e.Address));
        Assert.Equal("Sun Hui", audit.Entries[^1].ByName);
    }

    [Fact]
    public async Task Steps_out_of_order_or_by_the_wrong_role_are_refused_and_change_nothing()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var transfer = NewTransfer();
        await transfer.File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "rebalancing", w.LeadA);

        // Waiting for the maintainer: the heads and the department are out of order (409), others are not named (403).
        Assert.Equal(TransferRefusal.Conflict, (await transfer.Confirm(w.HeadA, null)).Refusal);
        Assert.Equal(TransferRefusal.Conflict, (await transfer.Confirm(w.HeadB, null)).Refusal);
        Assert.Equal(TransferRefusal.Conflict, (await transfer.Confirm(w.Management, null)).Refusal);
        Assert.Equal(TransferRefusal.Forbidden, (await transfer.Confirm(w.Receiver, null)).Refusal);
        Assert.Equal(TransferRefusal.Forbidden, (await transfer.Confirm(w.LeadA, null)).Refusal);
        Assert.Equal(TransferRefusal.Forbidden, (await transfer.Reject(w.Receiver, "no")).Refusal);
        Assert.Equal(TransferRefusal.Forbidden, (await transfer.Withdraw(w.Maintainer)).Refusal);

        Assert.Equal(TransferRefusal.None, (await transfer.Confirm(w.Maintainer, null)).Refusal);
        // Step 3 is the outgoing head's: the incoming head is out of order, a head of another institution is not named.
        Assert.Equal(TransferRefusal.Conflict, (await transfer.Confirm(w.HeadB, null)).Refusal);
        var elsewhere = await w.Staff(w.HeadOffice, "Head office head", Actors.Contracts.Managers.StaffRole.InstitutionHead);
        Assert.Equal(TransferRefusal.Forbidden, (await transfer.Confirm(elsewhere, null)).Refusal);
        Assert.Equal(TransferRefusal.Conflict, (await transfer.Confirm(w.Maintainer, null)).Refusal);

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
        Assert.Equal(TransferRefusal.Conflict,
            (await NewTransfer().File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "again", w.LeadA)).Refusal);
        await transfer.Confirm(w.Maintainer, null);

        var rejected = await transfer.Reject(w.HeadA, "the merchant asked to keep Li Wei");
        Assert.Equal(TransferStatus.Rejected, rejected.View!.Status);
        Assert.Equal((StepName.OutgoingHeadConfirmed, StepDecision.Rejected, "the merchant asked to keep Li Wei"),
            (rejected.View.Steps[^1].Step, rejected.View.Steps[^1].Decision, rejected.View.Steps[^1].Note));
        Assert.Equal(TransferRefusal.Conflict, (await transfer.Confirm(w.HeadB, null)).Refusal);
        Assert.Equal(TransferRefusal.Conflict, (await transfer.Withdraw(w.LeadA)).Refusal);
        Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(terminal));
        Assert.DoesNotContain(transfer.GetPrimaryKeyString(), await w.Inbox(ApprovalQueues.Head(w.A), ApprovalQueues.Head(w.B)));

        var next = await NewTransfer().File(terminal.GetPrimaryKeyString(), TransferKind.Ordinary, w.Receiver.StaffId, "second try", w.LeadA);
        Assert.Equal(TransferRefusal.None, next.Refusal);
    }

    [Fact]
    public async Task Only_the_applicant_withdraws_and_a_withdrawn_transfer_changes_nothing()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        var transfer = NewTransfer();
        await transfer.File(terminal.GetPrimaryKeyString(), TransferKind.Departure, w.Receiver.StaffId, "Li Wei leaves the bank", w.HeadA);
        foreach (var who in new[] { w.Maintainer, w.HeadA, w.HeadB })
        {
            Assert.Equal(TransferRefusal.None, (await transfer.Confirm(who, null)).Refusal);
        }
        Assert.Equal(TransferRefusal.Forbidden, (await transfer.Withdraw(w.Management)).Refusal);
        var withdrawn = await transfer.Withdraw(w.HeadA);
        Assert.Equal((TransferKind.Departure, TransferStatus.Withdrawn), (withdrawn.View!.Kind, withdrawn.View.Status));
        Assert.Equal(TransferRefusal.Conflict, (await transfer.Confirm(w.Management, null)).Refusal);
        Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(terminal));
    }

    [Fact]
    public async Task Filing_needs_a_registered_receiver_other_than_the_maintainer_and_an_applicant_concerned()
    {
        var w = await Workflow.CreateAsync(Grid.Client);
        var terminal = (await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow())).GetPrimaryKeyString();
        Assert.Equal(TransferRefusal.NotFound, (await NewTransfer().File("no-such-terminal", TransferKind.Ordinary, w.Receiver.StaffId, "x", w.LeadA)).Refusal);
        Assert.Equal(TransferRefusal.Invalid, (await NewTransfer().File(terminal, TransferKind.Ordinary, "nobody", "x", w.LeadA)).Refusal);
        Assert.Equal(TransferRefusal.Invalid, (await NewTransfer().File(terminal, TransferKind.Ordinary, w.Maintainer.StaffId, "x", w.LeadA)).Refusal);
        var outsider = await w.Staff(w.HeadOffice, "Outsider", Actors.Contracts.Managers.StaffRole.TeamLead);
        Assert.Equal(TransferRefusal.Forbidden, (await NewTransfer().File(terminal, TransferKind.Ordinary, w.Receiver.StaffId, "x", outsider)).Refusal);
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
        Assert.Equal(TransferRefusal.None, filed.Refusal);
    }
}
