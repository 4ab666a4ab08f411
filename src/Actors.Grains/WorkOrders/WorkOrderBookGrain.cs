using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.WorkOrders;
using Actors.Domain.WorkOrders;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.WorkOrders;

public sealed class WorkOrderBookGrain(
    [PersistentState("workOrderBook")] IPersistentState<WorkOrderBookState> state,
    BankRules rules,
    ILogger<WorkOrderBookGrain> logger) : Grain, IWorkOrderBookGrain, IRemindable
{
    private WorkOrderBookState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private WorkOrderRules Rules => rules.Options.WorkOrders;

    public async Task Open()
    {
        if (S.Opened)
        {
            return;
        }
        var now = rules.Now;
        S.Opened = true;
        S.NextIssueMonth = WorkOrderCalendar.NextMonthStart(rules.Clock.DateOf(now));
        S.NextReportDate = WorkOrderCalendar.NextReportDate(now, rules.Clock, rules.Calendar, Rules);
        await Arm(now);
    }

    public async Task<WorkOrderMonth> List(DateOnly month)
    {
        var key = MonthKey(month);
        var ids = S.Orders.TryGetValue(key, out var list) ? list : [];
        var views = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IWorkOrderGrain>(id).GetView()));
        return new WorkOrderMonth(Id, key, S.IssuedAt.TryGetValue(key, out var at) ? at : null, [.. views.OfType<WorkOrderView>()]);
    }

    public Task<IReadOnlyList<string>> OrderIds() => Task.FromResult<IReadOnlyList<string>>([.. S.Orders.Values.SelectMany(ids => ids)]);

    public async Task<WorkOrderMonth> IssueCurrentMonth()
    {
        var now = rules.Now;
        var month = WorkOrderCalendar.MonthOf(rules.Clock.DateOf(now));
        if (!S.IssuedAt.ContainsKey(MonthKey(month)))
        {
            await IssueMonth(month, now);
            await state.WriteStateAsync();
        }
        return await List(month);
    }

    public Task<ProgressReport?> GetProgress(DateOnly date) =>
        Task.FromResult(S.Reports.TryGetValue($"{date:yyyy-MM-dd}", out var report) ? report : null);

    public Task<WorkOrderBookClock> GetClock() => Task.FromResult(S.Opened
        ? new WorkOrderBookClock(WorkOrderCalendar.IssueAt(S.NextIssueMonth, rules.Clock), S.NextReportDate,
            WorkOrderCalendar.ReportAt(S.NextReportDate, rules.Clock, rules.Calendar, Rules), S.ClockArmedAt)
        : new WorkOrderBookClock(null, null, null, null));

    /// <summary>
    /// Runs what is due at now: the month's issue, then the report. After downtime only the current month is issued and
    /// only the latest report date reported: orders for months gone by would ask for visits nobody can make on time.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!S.Opened)
        {
            return;
        }
        var now = rules.Now;
        if (WorkOrderCalendar.IssueAt(S.NextIssueMonth, rules.Clock) <= now)
        {
            var month = WorkOrderCalendar.MonthOf(rules.Clock.DateOf(now));
            await IssueMonth(month, now);
            S.NextIssueMonth = month.AddMonths(1);
        }
        if (WorkOrderCalendar.ReportAt(S.NextReportDate, rules.Clock, rules.Calendar, Rules) <= now)
        {
            var next = WorkOrderCalendar.NextReportDate(now, rules.Clock, rules.Calendar, Rules);
            var due = next.Day == 1 ? next.AddMonths(-1).AddDays(14) : next.AddDays(-14);
            await Report(due, now);
            S.NextReportDate = next;
        }
        await Arm(now);
    }

    /// <summary>The 1st or 15th moves to the next working day: a new calendar of its year may move the report.</summary>
    public async Task<bool> CalendarChanged(int revision)
    {
        await rules.Calendars.EnsureAtLeast(revision, GrainFactory);
        if (!S.Opened)
        {
            return false;
        }
        var reportAt = S.ReportAt;
        await Arm(rules.Now);
        return S.ReportAt != reportAt;
    }

    private async Task Arm(DateTimeOffset now)
    {
        var issueAt = WorkOrderCalendar.IssueAt(S.NextIssueMonth, rules.Clock);
        var reportAt = WorkOrderCalendar.ReportAt(S.NextReportDate, rules.Clock, rules.Calendar, Rules);
        S.ClockArmedAt = await this.ArmAsync(S.ClockArmedAt, issueAt < reportAt ? issueAt : reportAt, now);
        (S.ReportAt, S.CalendarYears) = (reportAt, this.DependOn(S.CalendarYears, [S.NextReportDate.Year]));
        await state.WriteStateAsync();
    }

    /// <summary>One order per client with an outstanding loan of this sub-branch, addressed to its team leads.</summary>
    private async Task IssueMonth(DateOnly month, DateTimeOffset now)
    {
        var key = MonthKey(month);
        var institution = await GrainFactory.GetGrain<IInstitutionGrain>(Id).GetSnapshot();
        if (institution is null || S.IssuedAt.ContainsKey(key))
        {
            return;
        }
        var loans = (await Task.WhenAll(institution.Loans.Select(id => GrainFactory.GetGrain<ILoanGrain>(id).GetSnapshot())))
            .OfType<LoanSnapshot>()
            .Where(l => l.Installments.Count > 0)
            .Select(l => new LoanFacts(l.LoanId, l.ClientId, l.Outstanding, l.Installments.Max(i => i.DueDate)));
        var issuedOn = rules.Clock.DateOf(now);
        var clients = VisitFocus.ClientsToVisit(loans, issuedOn, Rules);
        var managers = await Task.WhenAll(institution.Managers.Select(id => GrainFactory.GetGrain<IManagerGrain>(id).GetSnapshot()));
        var teamLeads = managers.OfType<ManagerSnapshot>().Where(m => m.Roles.Contains(StaffRole.TeamLead)).Select(m => m.ManagerId).ToList();
        var ids = new List<string>();
        foreach (var c in clients)
        {
            var name = (await GrainFactory.GetGrain<IClientGrain>(c.ClientId).GetSnapshot())?.Name ?? c.ClientId;
            var id = WorkOrderIds.For(month, c.ClientId);
            await GrainFactory.GetGrain<IWorkOrderGrain>(id).Issue(new WorkOrderIssue(
                Id, month, c.ClientId, name, now, issuedOn, teamLeads, c.Focus, c.SoonestLoanId, c.SoonestMaturity));
            ids.Add(id);
        }
        S.Orders[key] = ids;
        S.IssuedAt[key] = now;
        logger.LogInformation("Issued {Count} work orders for {Institution} {Month}", ids.Count, Id, key);
    }

    private async Task Report(DateOnly date, DateTimeOffset now)
    {
        var month = WorkOrderCalendar.ReportedMonth(date);
        var orders = (await List(month)).Items;
        var (total, members) = ProgressTally.Count(orders.Select(o => (o.Status, o.AssigneeId)));
        S.Reports[$"{date:yyyy-MM-dd}"] = new ProgressReport(Id, date, MonthKey(month), now, ProgressCounts.From(total),
            [.. members.Select(m => new MemberProgress(m.Key, ProgressCounts.From(m.Value)))]);
    }

    private static string MonthKey(DateOnly month) => $"{month:yyyy-MM}";
}
