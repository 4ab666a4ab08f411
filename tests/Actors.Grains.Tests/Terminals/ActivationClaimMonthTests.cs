using Actors.Domain;
using Actors.Contracts.Terminals;
using Actors.Contracts.Worklist;
using Actors.Domain.Terminals;
using Actors.Domain.Worklist;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests.Terminals;

/// <summary>Its own grid: these tests move the clock by months.</summary>
public sealed class MonthEndClusterFixture() : OwnGridFixture("terminal-month-ends");

[CollectionDefinition(Name)]
public sealed class MonthEndCollection : ICollectionFixture<MonthEndClusterFixture>
{
    public const string Name = "terminal-month-ends";
}

/// <summary>
/// Activation claims over two months (brief §2, §7): the inactive lists appear by themselves at 00:00 on the 1st,
/// claims are filed on re-activated terminals, batched on the 1st/15th business date, approved, and checked at month end.
/// </summary>
[Collection(MonthEndCollection.Name)]
public sealed class ActivationClaimMonthTests(MonthEndClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    private async Task Sale(ITerminalGrain terminal, DateTimeOffset at) =>
        await terminal.ApplySale(new(Network.NewId("tx"), terminal.GetPrimaryKeyString(), 66m, at));

    private async Task<InactiveTerminalList> ListFor(string institutionId, string month) =>
        (await Eventually.Until(() => Grid.Client.GetGrain<IInactiveTerminalsGrain>(institutionId).Get(month), l => l is not null,
            $"the {month} inactive list of {institutionId} is made", Grid.Clock))!;

    [Fact]
    public async Task A_claim_batched_on_the_15th_on_a_terminal_active_in_the_month_is_credited_and_one_without_a_sale_is_not()
    {
        // Monday 2 March 2026. Terminals A and B signed up on 1 February and never sold: inactive since 3 March.
        var w = await Workflow.CreateAsync(Grid.Client);
        var claimant = await w.Staff(w.A, "Huang Tao", Actors.Contracts.Managers.StaffRole.ClientManager);
        var february = Cst.At(new DateOnly(2026, 2, 1), 9);
        var a = await w.Terminal(w.A, w.Maintainer, february);
        var b = await w.Terminal(w.A, w.Maintainer, february);
        var busy = await w.Terminal(w.A, w.Maintainer, Grid.Clock.GetUtcNow());
        await Sale(busy, Cst.At(new DateOnly(2026, 3, 2), 9));

        // No list before the month end; a claim needs last month's list.
        Grid.Clock.AdvanceTo(Cst.At(new DateOnly(2026, 3, 20), 10));
        Assert.Null(await Grid.Client.GetGrain<IInactiveTerminalsGrain>(w.A).Get("2026-03"));
        var early = Grid.Client.GetGrain<ITransferGrain>(Network.NewId("AC"));
        Assert.Equal(RefusalKind.Conflict, (await early.FileClaim(a.GetPrimaryKeyString(), claimant)).Refusal?.Kind);

        // 00:00 on 1 April: the March list appears by itself, with the two silent terminals and not the busy one.
        Grid.Clock.AdvanceTo(Cst.At(new DateOnly(2026, 4, 1), 0));
        var march = await ListFor(w.A, "2026-03");
        Assert.Equal(new[] { a, b }.Select(t => t.GetPrimaryKeyString()).Order(), march.Terminals.Select(t => t.TerminalId).Order());
        Assert.All(march.Terminals, t => Assert.Equal((w.Maintainer.StaffId, february.AddDays(30)), (t.MaintainerId, t.InactiveSince)));
        // It is on the team lead's worklist (to re-activate), not on the maintainer's as a list.
        var onLeadsWorklist = Assert.Single((await Grid.Client.GetGrain<IWorklistGrain>(w.LeadA.StaffId).Build(team: false))!.InactiveTerminals,
            i => i.Kind == WorklistKind.MonthEndList);
        Assert.Equal(("2026-03", w.A, "2"), (onLeadsWorklist.Id, onLeadsWorklist.InstitutionId, onLeadsWorklist.Detail));
        Assert.DoesNotContain((await Grid.Client.GetGrain<IWorklistGrain>(w.Maintainer.StaffId).Build(team: false))!.InactiveTerminals,
            i => i.Kind == WorklistKind.MonthEndList);

        // 2 April: Huang Tao re-activates A and claims it; B is still inactive and cannot be claimed.
        var apr2 = Cst.At(new DateOnly(2026, 4, 2), 10);
        Grid.Clock.AdvanceTo(apr2);
        await Sale(a, apr2);
        var claimA = Grid.Client.GetGrain<ITransferGrain>(Network.NewId("AC"));
        Assert.Null((await claimA.FileClaim(a.GetPrimaryKeyString(), claimant)).Refusal);
        Assert.Equal(RefusalKind.Conflict, (await Grid.Client.GetGrain<ITransferGrain>(Network.NewId("AC")).FileClaim(b.GetPrimaryKeyString(), claimant)).Refusal?.Kind);
        Assert.Equal((ClaimStatus.Filed, "2026-04"), ((await claimA.GetClaim())!.Status, (await claimA.GetClaim())!.Month));
        // Not a batch day; and the original maintainer has no step in a claim.
        Assert.Equal(RefusalKind.Conflict, (await claimA.Confirm(w.LeadA, null)).Refusal?.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await claimA.Confirm(w.Maintainer, null)).Refusal?.Kind);
        Assert.Contains(claimA.GetPrimaryKeyString(), await w.Inbox(ApprovalQueues.TeamLead(w.A)));

        // Wednesday 15 April: batched by the team lead, approved by the receiving head and the department.
        Grid.Clock.AdvanceTo(Cst.At(new DateOnly(2026, 4, 15), 10));
        Assert.Equal(RefusalKind.Forbidden, (await claimA.Confirm(w.LeadB, null)).Refusal?.Kind);
        Assert.Null((await claimA.Confirm(w.LeadA, "batch of 15 April")).Refusal);
        Assert.Equal(RefusalKind.Forbidden, (await claimA.Confirm(w.HeadB, null)).Refusal?.Kind);
        Assert.Null((await claimA.Confirm(w.HeadA, null)).Refusal);
        Assert.Null((await claimA.Confirm(w.Management, null)).Refusal);
        Assert.Equal(ClaimStatus.Approved, (await claimA.GetClaim())!.Status);
        Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(a));

        // 20 April: B sells and is claimed too, but is batched only in May and never sells in May.
        var apr20 = Cst.At(new DateOnly(2026, 4, 20), 10);
        Grid.Clock.AdvanceTo(apr20);
        await Sale(b, apr20);
        var claimB = Grid.Client.GetGrain<ITransferGrain>(Network.NewId("AC"));
        Assert.Null((await claimB.FileClaim(b.GetPrimaryKeyString(), claimant)).Refusal);

        // 00:00 on 1 May: A had a sale in April → credited for April, and maintenance moves to the claimant.
        Grid.Clock.AdvanceTo(Cst.At(new DateOnly(2026, 5, 1), 0));
        var credited = await Eventually.Until(claimA.GetClaim, c => c!.Status != ClaimStatus.Approved, "claim A is checked", Grid.Clock);
        Assert.Equal((ClaimStatus.Credited, "2026-04"), (credited!.Status, credited.Month));
        Assert.Equal(claimant.StaffId, await w.MaintainerOf(a));
        Assert.Equal(ClaimStatus.Filed, (await claimB.GetClaim())!.Status);
        var april = await ListFor(w.A, "2026-04");
        Assert.Equal([busy.GetPrimaryKeyString()], april.Terminals.Select(t => t.TerminalId));

        // Wednesday 6 May, the first working day after the Labour Day holiday: the May batch; approved in May.
        Grid.Clock.AdvanceTo(Cst.At(new DateOnly(2026, 5, 6), 10));
        foreach (var who in new[] { w.LeadA, w.HeadA, w.Management })
        {
            Assert.Null((await claimB.Confirm(who, null)).Refusal);
        }
        Assert.Equal("2026-05", (await claimB.GetClaim())!.Month);

        // 00:00 on 1 June: B had no sale in May → not credited; nothing changes hands.
        Grid.Clock.AdvanceTo(Cst.At(new DateOnly(2026, 6, 1), 0));
        var notCredited = await Eventually.Until(claimB.GetClaim, c => c!.Status != ClaimStatus.Approved, "claim B is checked", Grid.Clock);
        Assert.Equal(ClaimStatus.NotCredited, notCredited!.Status);
        Assert.Equal(w.Maintainer.StaffId, await w.MaintainerOf(b));

        var audit = await Grid.Client.GetGrain<ITerminalAuditGrain>(a.GetPrimaryKeyString()).Get();
        Assert.Equal(["Filed Filed", "Batched Confirmed", "ReceivingHeadApproved Confirmed", "ManagementApproved Confirmed", "Verified Confirmed"],
            audit.Entries.Select(e => e.Action));
        Assert.Equal(["Applicant", "TeamLead", "InstitutionHead", "ManagementDepartment", "MonthEnd"], audit.Entries.Select(e => e.Role));
    }
}
