using Actors.Domain;
using Actors.Contracts;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Actors.Contracts.WorkOrders;
using Actors.Contracts.Worklist;
using Actors.Domain.WorkOrders;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests.WorkOrders;

[Collection(WorkOrderCollection.Name)]
public sealed class WorkOrderTests(WorkOrderClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;
    private IClusterClient Client => Grid.Client;

    [Fact]
    public async Task The_months_work_orders_appear_by_themselves_at_the_month_start_focused_when_a_loan_matures_within_2_months()
    {
        var branch = await Branch.CreateAsync(Client);
        var monthStart = NextMonthStart();
        var soon = await branch.ClientWithLoan(Grid.Clock.Today(), termMonths: 2);    // matures within 2 months of the next month start
        var later = await branch.ClientWithLoan(Grid.Clock.Today(), termMonths: 12);
        await branch.Network.Client(new DateOnly(2025, 1, 1));                               // no loan: no work order
        var book = Client.GetGrain<IWorkOrderBookGrain>(branch.Network.InstitutionId);

        Grid.Clock.AdvanceTo(GridCluster.JustBefore(Cst.At(monthStart, 0)));
        Assert.Empty((await book.List(monthStart)).Items);

        Grid.Clock.AdvanceTo(Cst.At(monthStart, 0));
        var month = await Eventually.Until(() => book.List(monthStart), m => m.Items.Count == 2, "the month's work orders are issued", Grid.Clock);

        Assert.Equal(Cst.At(monthStart, 0), month.IssuedAt);
        var focused = Assert.Single(month.Items, o => o.ClientId == soon.ClientId);
        Assert.True(focused.Focus);
        Assert.Equal(soon.LoanId, focused.LoanId);
        Assert.False(Assert.Single(month.Items, o => o.ClientId == later.ClientId).Focus);
        Assert.All(month.Items, o =>
        {
            Assert.Equal(WorkOrderStatus.Issued, o.Status);
            Assert.Equal([branch.TeamLead], o.IssuedTo);
        });
    }

    [Fact]
    public async Task A_work_order_goes_from_team_lead_to_member_and_a_risk_signal_reaches_the_risk_list_at_once()
    {
        var branch = await Branch.CreateAsync(Client);
        var monthStart = NextMonthStart();
        var client = await branch.ClientWithLoan(Grid.Clock.Today(), termMonths: 2);
        var book = Client.GetGrain<IWorkOrderBookGrain>(branch.Network.InstitutionId);
        Grid.Clock.AdvanceTo(Cst.At(monthStart, 0));
        var issued = (await Eventually.Until(() => book.List(monthStart), m => m.Items.Count == 1, "the work order is issued", Grid.Clock)).Items[0];
        var order = Client.GetGrain<IWorkOrderGrain>(issued.WorkOrderId);
        var teamLead = new WorkOrderActor(branch.TeamLead, branch.Network.InstitutionId, [StaffRole.TeamLead]);
        var member = new WorkOrderActor(branch.Member, branch.Network.InstitutionId, [StaffRole.ClientManager]);
        // On the worklists: the team lead's to give out, then the member's until it is completed.
        Assert.Contains(issued.WorkOrderId, await WorkOrdersOn(branch.TeamLead));
        Assert.DoesNotContain(issued.WorkOrderId, await WorkOrdersOn(branch.Member));
        var membersInbox = await Grid.ListenAsync(Inboxes.Staff(branch.Member));

        Assert.Equal(RefusalKind.Forbidden, (await order.Assign(member, branch.Member)).Refusal?.Kind);          // not a team lead
        Assert.Equal(RefusalKind.Invalid, (await order.Assign(teamLead, await Outsider())).Refusal?.Kind);     // another institution's member
        Assert.Equal(WorkOrderStatus.Assigned, (await order.Assign(teamLead, branch.Member)).Value!.Status);
        Assert.Contains(issued.WorkOrderId, await WorkOrdersOn(branch.Member));
        Assert.DoesNotContain(issued.WorkOrderId, await WorkOrdersOn(branch.TeamLead));
        await Eventually.Until(() => Task.FromResult(membersInbox.Count), n => n > 0, "the member's open worklist is nudged", Grid.Clock);
        Assert.Equal(RefusalKind.Conflict, (await order.RecordVisit(member, Paper(focused: true), [])).Refusal?.Kind); // not booked yet
        Assert.Equal(RefusalKind.Forbidden, (await order.Book(teamLead, Grid.Clock.GetUtcNow().AddDays(2))).Refusal?.Kind);
        Assert.Equal(WorkOrderStatus.Booked, (await order.Book(member, Grid.Clock.GetUtcNow().AddDays(2))).Value!.Status);

        // A focused visit without the documents checked is refused, naming the field, and changes nothing.
        var incomplete = await order.RecordVisit(member, Paper(focused: false), [new(RiskSignal.UnpaidUtilityOrPropertyFeeNotices, "electricity notice on the door")]);
        Assert.Equal(RefusalKind.Invalid, incomplete.Refusal?.Kind);
        Assert.Contains(incomplete.Refusals, p => p.Field == "paper.businessDocumentsChecked");
        Assert.DoesNotContain(await RiskList(), r => r.WorkOrderId == issued.WorkOrderId);

        var visited = await order.RecordVisit(member, Paper(focused: true),
            [new(RiskSignal.UnpaidUtilityOrPropertyFeeNotices, "electricity notice on the door"), new(RiskSignal.FallingFootTrafficInTradingArea, null)]);
        Assert.Equal(WorkOrderStatus.Visited, visited.Value!.Status);

        var report = Assert.Single(await RiskList(), r => r.WorkOrderId == issued.WorkOrderId);
        Assert.Equal(client.ClientId, report.ClientId);
        Assert.Equal(branch.Member, report.ReportedBy);
        Assert.Equal(visited.Value.RiskReportId, report.ReportId);
        Assert.Contains("electricity notice on the door", report.Report);

        // Photos and the client's signature complete the order.
        Assert.Equal(WorkOrderStatus.Visited, (await order.AttachFile(member, File("a", WorkOrderFileKind.Photo))).Value!.Status);
        Assert.Equal(RefusalKind.Forbidden, (await order.AttachFile(teamLead, File("b", WorkOrderFileKind.Signature))).Refusal?.Kind);
        var completed = await order.AttachFile(member, File("c", WorkOrderFileKind.Signature));
        Assert.Equal(WorkOrderStatus.Completed, completed.Value!.Status);
        Assert.DoesNotContain(issued.WorkOrderId, await WorkOrdersOn(branch.Member));
        Assert.Equal([WorkOrderStatus.Issued, WorkOrderStatus.Assigned, WorkOrderStatus.Booked, WorkOrderStatus.Visited, WorkOrderStatus.Completed],
            completed.Value.History.Select(h => h.Status));

        // The 1st reports the month just ended (nothing of this sub-branch); the 15th counts this month's order for the
        // sub-branch and the member.
        var first = await ReportOf(book);
        Assert.Equal(monthStart, first.Date);
        Assert.Equal($"{monthStart.AddMonths(-1):yyyy-MM}", first.Month);
        Assert.Equal(new ProgressCounts(0, 0, 0, 0, 0), first.Totals);
        var progress = await ReportOf(book);
        Assert.Equal(monthStart.AddDays(14), progress.Date);
        Assert.Equal($"{monthStart:yyyy-MM}", progress.Month);
        Assert.Equal(new ProgressCounts(1, 1, 1, 1, 1), progress.Totals);
        Assert.Equal(new ProgressCounts(1, 1, 1, 1, 1), Assert.Single(progress.Members, m => m.MemberId == branch.Member).Counts);
    }

    /// <summary>Moves the clock to the book's next report instant and reads that report.</summary>
    private async Task<ProgressReport> ReportOf(IWorkOrderBookGrain book)
    {
        var clock = await book.GetClock();
        Grid.Clock.AdvanceTo(clock.NextReportAt!.Value);
        var report = await Eventually.Until(() => book.GetProgress(clock.NextReportDate!.Value), p => p is not null, "the progress report is made", Grid.Clock);
        return report!;
    }

    [Fact]
    public async Task An_order_still_open_three_months_after_its_month_stays_on_the_members_worklist_until_completed()
    {
        var branch = await Branch.CreateAsync(Client);
        var monthStart = NextMonthStart();
        await branch.ClientWithLoan(Grid.Clock.Today(), termMonths: 12);
        var book = Client.GetGrain<IWorkOrderBookGrain>(branch.Network.InstitutionId);
        Grid.Clock.AdvanceTo(Cst.At(monthStart, 0));
        var issued = (await Eventually.Until(() => book.List(monthStart), m => m.Items.Count == 1, "the work order is issued", Grid.Clock)).Items[0];
        var teamLead = new WorkOrderActor(branch.TeamLead, branch.Network.InstitutionId, [StaffRole.TeamLead]);
        Assert.Null((await Client.GetGrain<IWorkOrderGrain>(issued.WorkOrderId).Assign(teamLead, branch.Member)).Refusal);

        Grid.Clock.AdvanceTo(Cst.At(monthStart.AddMonths(3).AddDays(3), 10));

        Assert.Contains(issued.WorkOrderId, await WorkOrdersOn(branch.Member));
        Assert.DoesNotContain(issued.WorkOrderId, await WorkOrdersOn(branch.TeamLead));
    }

    private async Task<IEnumerable<string>> WorkOrdersOn(string staffId) =>
        (await Client.GetGrain<IWorklistGrain>(staffId).Build(team: false))!.WorkOrders.Select(i => i.Id);

    private DateOnly NextMonthStart() => WorkOrderCalendar.NextMonthStart(Grid.Clock.Today());

    private async Task<IReadOnlyList<RiskReport>> RiskList() => await Client.GetGrain<IRiskListGrain>(IRiskListGrain.Key).List();

    private async Task<string> Outsider() => await (await Network.CreateAsync(Client)).Manager();

    private WorkOrderFile File(string id, WorkOrderFileKind kind) =>
        new($"{Guid.NewGuid():N}-{id}", kind, "image/jpeg", 1234, new string('0', 64), "ignored", default);

    private static WorkPaper Paper(bool focused) =>
        new(true, null, true, "two loans elsewhere", "keep stock lower", focused, focused);

    /// <summary>A sub-branch with a team lead and a member, and clients with loans.</summary>
    private sealed class Branch(IClusterClient client, Network network, string teamLead, string member)
    {
        public Network Network { get; } = network;
        public string TeamLead { get; } = teamLead;
        public string Member { get; } = member;

        public static async Task<Branch> CreateAsync(IClusterClient client)
        {
            var network = await Network.CreateAsync(client);
            var teamLead = Network.NewId("TL");
            Assert.Null((await client.GetGrain<IManagerGrain>(teamLead).Register(new(network.InstitutionId, "Team lead", [StaffRole.TeamLead]))).Refusal);
            return new Branch(client, network, teamLead, await network.Manager());
        }

        /// <summary>A client with one loan disbursed lately: on the latest day up to <paramref name="today"/> the rules accept (a loan is registered once paid out).</summary>
        public async Task<(string ClientId, string LoanId)> ClientWithLoan(DateOnly today, int termMonths)
        {
            var clientId = await Network.Client(new DateOnly(2025, 1, 1));
            var loanId = Network.NewId("L");
            for (var day = today; day > today.AddDays(-45); day = day.AddDays(-1))
            {
                var result = await client.GetGrain<ILoanGrain>(loanId).Register(new(Network.InstitutionId, clientId, 100_000m, 0.06m, termMonths, day));
                if (result.Refusal is null)
                {
                    return (clientId, loanId);
                }
                Assert.Equal(("disbursedOn", RefusalKind.Invalid), (result.Refusal?.Field, result.Refusal?.Kind));
            }
            throw new InvalidOperationException("no disbursement day found");
        }
    }
}
