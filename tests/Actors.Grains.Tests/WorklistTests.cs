using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Contracts.Worklist;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests;

/// <summary>The worklist, the unallocated list and the KPIs' account activity, computed on read from the grains' own state.</summary>
[Collection(GridCollection.Name)]
public sealed class WorklistTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    private Task<WorklistView?> Worklist(string staffId, bool team = false) => Grid.Client.GetGrain<IWorklistGrain>(staffId).Build(team);

    private async Task<string> Staff(Network network, params StaffRole[] roles)
    {
        var id = Network.NewId("S");
        Assert.Null((await Grid.Client.GetGrain<IManagerGrain>(id).Register(new(network.InstitutionId, "Staff", roles))).Refusal);
        return id;
    }

    [Fact]
    public async Task A_client_manager_sees_an_overdue_visit_logs_the_visit_and_the_item_leaves_the_list()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var me = await network.Manager();
        var other = await network.Manager();
        var today = Grid.Clock.Today();
        var overdue = await network.Client(today.AddYears(-1), me); // Bronze, never visited: due 180 days after the start
        var dueSoon = await network.Client(today.AddDays(-85), me); // unrated: due 90 days after the start, in 5 days
        await network.Client(today.AddDays(-10), me); // due in 80 days: not on the list
        await network.Client(today.AddYears(-1), other);

        var before = (await Worklist(me))!;
        Assert.Equal([overdue], before.VisitsOverdue.Select(i => i.Id));
        Assert.Equal([dueSoon], before.VisitsDue.Select(i => i.Id));
        Assert.All(before.VisitsOverdue.Concat(before.VisitsDue), i => Assert.Equal((network.InstitutionId, me), (i.InstitutionId, i.OwnerId)));

        await Grid.Client.GetGrain<IClientGrain>(overdue).LogVisit(new(VisitType.OnSite, me, Grid.Clock.GetUtcNow(), "business as usual"));

        var after = (await Worklist(me))!;
        Assert.Empty(after.VisitsOverdue);
        Assert.Equal([dueSoon], after.VisitsDue.Select(i => i.Id));
    }

    [Fact]
    public async Task A_team_lead_sees_every_members_items_with_their_owner_and_a_member_only_their_own()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var lead = await Staff(network, StaffRole.TeamLead);
        var member = await network.Manager();
        var today = Grid.Clock.Today();
        var client = await network.Client(today.AddYears(-1), member);
        var terminal = Network.NewId("T");
        Assert.Null((await Grid.Client.GetGrain<ITerminalGrain>(terminal)
            .Register(new(network.InstitutionId, "Noodle shop", null, member, Grid.Clock.GetUtcNow().AddDays(-40)))).Refusal);

        var own = (await Worklist(member))!;
        Assert.Equal([client], own.VisitsOverdue.Select(i => i.Id));
        Assert.Equal([terminal], own.InactiveTerminals.Select(i => i.Id));
        Assert.Empty(own.Approvals);
        Assert.Empty(own.WorkOrders);

        Assert.Empty((await Worklist(lead))!.VisitsOverdue);
        var team = (await Worklist(lead, team: true))!;
        Assert.Equal([(client, member)], team.VisitsOverdue.Select(i => (i.Id, i.OwnerId)));
        Assert.Equal([(terminal, member)], team.InactiveTerminals.Select(i => (i.Id, i.OwnerId)));
        Assert.Null(await Worklist(Network.NewId("nobody")));
    }

    [Fact]
    public async Task A_loan_on_the_reminder_list_is_a_reminder_to_make_for_its_clients_manager()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var me = await network.Manager();
        var clientId = await network.Client(Grid.Clock.Today().AddYears(-1), me);
        var loan = Grid.Client.GetGrain<ILoanGrain>(Network.NewId("L"));
        LoanSnapshot? opened = null;
        for (var day = Grid.Clock.Today(); opened is null; day = day.AddDays(-1))
        {
            opened = (await loan.Register(new(network.InstitutionId, clientId, 120_000m, 0.06m, 12, day))).Value;
        }
        Assert.Empty((await Worklist(me))!.RemindersToMake);

        var installment = opened.Installments[0];
        Grid.Clock.AdvanceTo(Cst.At(installment.ReminderDate, 9));
        await Eventually.Until(async () => (await loan.GetSnapshot())!, s => s.OnReminderList, "the loan is on the reminder list", Grid.Clock);

        var reminder = Assert.Single((await Worklist(me))!.RemindersToMake);
        Assert.Equal((loan.GetPrimaryKeyString(), me, Cst.At(installment.DueDate, 18)), (reminder.Id, reminder.OwnerId, reminder.DueAt));
    }

    [Fact]
    public async Task A_worklist_read_calls_the_worklist_books_of_the_institutions_and_no_client_loan_or_terminal()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var me = await network.Manager();
        var other = await network.Manager();
        var today = Grid.Clock.Today();
        var mine = await network.Client(today.AddYears(-1), me);
        var notYet = await network.Client(today.AddDays(-10), me);
        var theirs = await network.Client(today.AddYears(-1), other);
        var loan = Network.NewId("L");
        for (var day = today; (await Grid.Client.GetGrain<ILoanGrain>(loan).Register(new(network.InstitutionId, theirs, 50_000m, 0.06m, 12, day))).Refusal is not null;)
        {
            day = day.AddDays(-1);
        }
        var terminal = Network.NewId("T");
        Assert.Null((await Grid.Client.GetGrain<ITerminalGrain>(terminal)
            .Register(new(network.InstitutionId, "Noodle shop", null, other, Grid.Clock.GetUtcNow().AddDays(-40)))).Refusal);

        var mark = GrainCallLog.Mark;
        var worklist = (await Worklist(me))!;

        Assert.Equal([mine], worklist.VisitsOverdue.Select(i => i.Id));
        var calls = GrainCallLog.Since(mark);
        Assert.Empty(calls.Select(id => id.Key.ToString()).Intersect([mine, notYet, theirs, loan, terminal]));
        Assert.Contains(calls, id => id.Key.ToString() == network.InstitutionId && id.Type.ToString().Contains("worklistbook", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Unallocated_clients_are_listed_for_the_institution_and_its_branch_until_allocated()
    {
        var branch = await BankRoot.BranchAsync(Grid.Client);
        var network = new Network(Grid.Client);
        Assert.Null((await Grid.Client.GetGrain<IInstitutionGrain>(network.InstitutionId).Register(new("Sub-branch", InstitutionKind.SubBranch, branch))).Refusal);
        var manager = await network.Manager();
        var loose = await network.Client(Grid.Clock.Today());
        await network.Client(Grid.Clock.Today(), manager);

        Assert.Equal([loose], (await Grid.Client.GetGrain<IClientBookGrain>(network.InstitutionId).Unallocated())!.Select(c => c.ClientId));
        Assert.Equal([(loose, network.InstitutionId)], (await Grid.Client.GetGrain<IClientBookGrain>(branch).Unallocated())!.Select(c => (c.ClientId, c.InstitutionId)));

        await Grid.Client.GetGrain<IClientGrain>(loose).AssignManager(manager);
        Assert.Empty((await Grid.Client.GetGrain<IClientBookGrain>(branch).Unallocated())!);
        Assert.Null(await Grid.Client.GetGrain<IClientBookGrain>(Network.NewId("nowhere")).Unallocated());
    }

    [Fact]
    public async Task A_deposit_after_half_a_year_without_movement_reactivates_the_account_and_moves_the_month_balance()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var today = Grid.Clock.Today();
        var since = today.AddYears(-1);
        var client = Grid.Client.GetGrain<IClientGrain>(await network.Client(since));
        Task Move(AccountMovementKind kind, decimal amount) =>
            client.ApplyMovement(new(Network.NewId("tx"), client.GetPrimaryKeyString(), kind, amount, Grid.Clock.GetUtcNow()));

        await Move(AccountMovementKind.Deposit, 1_000m);
        await Move(AccountMovementKind.Withdrawal, 200m);

        var activity = (await client.GetAccountActivity())!;
        Assert.Equal([new AccountReactivation(since.AddDays(180), today)], activity.Reactivations);
        Assert.Equal([new AccountMonthBalance(new(today.Year, today.Month, 1), 0m, 800m)], activity.Balances);
        Assert.Equal((since, 800m), (activity.OpenedOn, activity.Balance));
        var all = (await Grid.Client.GetGrain<IClientBookGrain>(network.InstitutionId).AccountActivity())!;
        Assert.Equal([client.GetPrimaryKeyString()], all.Select(a => a.ClientId));
    }
}
