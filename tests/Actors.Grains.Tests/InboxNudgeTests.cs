using Actors.Contracts.Clients;
using Actors.Contracts.Screens;
using Actors.Contracts.Terminals;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests;

/// <summary>
/// The nudges that keep open worklists live, including when nobody acts: a terminal going inactive and a visit falling
/// overdue land on a worklist by themselves, on their clocks, and its owner's screen must hear of it.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class InboxNudgeTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task A_terminal_going_inactive_nudges_its_maintainers_worklist()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var maintainer = await network.Manager();
        var heard = await Grid.ListenAsync(Inboxes.Staff(maintainer));
        var terminal = Grid.Client.GetGrain<ITerminalGrain>(Network.NewId("T"));
        var now = Grid.Clock.GetUtcNow();
        await terminal.Register(new(network.InstitutionId, "Pharmacy", null, maintainer, now));
        await terminal.ApplySale(new("tx-nudge-1", "t", 66m, now));
        Assert.Empty(heard);

        Grid.Clock.AdvanceTo(now.AddDays(30));

        var nudges = await Eventually.Until(() => Task.FromResult(heard.ToArray()), n => n.Length > 0, "the maintainer's worklist is nudged", Grid.Clock);
        var nudge = Assert.Single(nudges);
        Assert.Equal((Inboxes.Staff(maintainer), InboxTopic.Worklist), (nudge.Inbox, nudge.What));
        // At the business time the terminal went inactive: the clock stands there unless Eventually had to nudge it on
        // (1 ms, then a minute at a time) while a loaded machine was slow to deliver the tick.
        Assert.InRange(nudge.At, now.AddDays(30), now.AddDays(30).AddMinutes(2));
    }

    [Fact]
    public async Task A_members_worklist_item_changing_nudges_the_team_view_of_the_institutions_team_leads_and_head()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var member = await network.Manager();
        var teamLeads = await Grid.ListenAsync(ApprovalQueues.TeamLead(network.InstitutionId));
        var head = await Grid.ListenAsync(ApprovalQueues.Head(network.InstitutionId));
        var clientId = await network.Client(Grid.Clock.Today().AddYears(-1), member);

        await Eventually.Until(() => Task.FromResult((teamLeads.ToArray(), head.ToArray())), h => h.Item1.Length > 0 && h.Item2.Length > 0,
            "the team view is nudged", Grid.Clock);
        Assert.All(teamLeads.Concat(head), n => Assert.Equal(InboxTopic.Worklist, n.What));
        Assert.Contains((await Grid.Client.GetGrain<Contracts.Worklist.IWorklistGrain>(member).Build(false))!.VisitsOverdue, i => i.Id == clientId);
    }

    [Fact]
    public async Task A_client_allocated_then_its_visit_falling_overdue_then_the_visit_logged_each_nudge_the_managers_worklist_once()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var manager = await network.Manager();
        var heard = await Grid.ListenAsync(Inboxes.Staff(manager));
        Task<InboxChanged[]> Heard(int count, string what) =>
            Eventually.Until(() => Task.FromResult(heard.ToArray()), n => n.Length >= count, what, Grid.Clock);

        var clientId = await network.Client(Grid.Clock.Today().AddDays(-85), manager); // unrated: due 90 days after the start
        var client = Grid.Client.GetGrain<IClientGrain>(clientId);
        await Heard(1, "the allocation nudges the manager");

        Grid.Clock.Advance(TimeSpan.FromDays(7));
        await Eventually.Until(() => client.GetSnapshot(), c => c!.VisitOverdue, "the visit falls overdue", Grid.Clock);
        await Heard(2, "falling overdue nudges the manager");

        await client.LogVisit(new(VisitType.Phone, manager, Grid.Clock.GetUtcNow(), "business as usual"));

        var nudges = await Heard(3, "the logged visit nudges the manager");
        Assert.Equal(3, nudges.Length);
        Assert.All(nudges, n => Assert.Equal((Inboxes.Staff(manager), InboxTopic.Worklist), (n.Inbox, n.What)));
    }
}
