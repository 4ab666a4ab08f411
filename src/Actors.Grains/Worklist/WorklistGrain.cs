using Actors.Contracts.Clients;
using Actors.Contracts.Collections;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Actors.Contracts.Terminals;
using Actors.Contracts.WorkOrders;
using Actors.Contracts.Worklist;
using Actors.Domain.Calendar;
using Actors.Domain.Collections;
using Actors.Domain.WorkOrders;
using Actors.Domain.Worklist;
using Actors.Grains.Infrastructure;
using Actors.Grains.Institutions;
using Orleans.Concurrency;

namespace Actors.Grains.Worklist;

/// <summary>
/// Builds a staff member's worklist on read from the clients', loans' and terminals' own state in their institution and
/// every institution below it (a collector at head office collects loans of sub-branches); nothing is stored, so
/// nothing goes stale. Work orders come from the sub-branches' work-order books, approvals from the staff member's inbox.
/// </summary>
[StatelessWorker]
public sealed class WorklistGrain(BankRules rules) : Grain, IWorklistGrain
{
    public async Task<WorklistView?> Build(bool team)
    {
        var staffId = this.GetPrimaryKeyString();
        var staff = await GrainFactory.GetGrain<IManagerGrain>(staffId).GetSnapshot();
        if (staff is null)
        {
            return null;
        }
        var tree = await InstitutionTree.ReadAsync(GrainFactory, staff.InstitutionId) ?? [];
        var owners = team
            ? new HashSet<string>(tree.Where(i => i.InstitutionId == staff.InstitutionId).SelectMany(i => i.Managers).Append(staffId), StringComparer.Ordinal)
            : new HashSet<string>([staffId], StringComparer.Ordinal);

        var clientsTask = Task.WhenAll(tree.SelectMany(i => i.Clients).Select(id => GrainFactory.GetGrain<IClientGrain>(id).GetSnapshot()));
        var loansTask = Task.WhenAll(tree.SelectMany(i => i.Loans).Select(id => GrainFactory.GetGrain<ILoanGrain>(id).GetCollectionsSummary()));
        var terminalsTask = Task.WhenAll(tree.SelectMany(i => i.Terminals).Select(id => GrainFactory.GetGrain<ITerminalGrain>(id).GetSnapshot()));
        var workOrdersTask = WorkOrdersAsync(tree.Select(i => i.InstitutionId));
        var monthEndTask = MonthEndListAsync(staff);
        var approvalsTask = GrainFactory.GetGrain<IApprovalsInboxGrain>(staffId).WaitingFor();
        var clients = (await clientsTask).OfType<ClientSnapshot>().ToDictionary(c => c.ClientId, StringComparer.Ordinal);
        var loans = (await loansTask).OfType<LoanCollectionsSummary>().ToList();
        var terminals = (await terminalsTask).OfType<TerminalSnapshot>().ToList();
        // A loan booked here may belong to a client registered elsewhere: read those clients too.
        foreach (var missing in await Task.WhenAll(loans.Select(l => l.ClientId).Where(id => !clients.ContainsKey(id)).Distinct()
                     .Select(id => GrainFactory.GetGrain<IClientGrain>(id).GetSnapshot())))
        {
            if (missing is not null)
            {
                clients[missing.ClientId] = missing;
            }
        }

        var now = rules.Now;
        var entries = StaffWorklist.Build(
            clients.Values.Select(c => new WorklistClient(c.ClientId, c.InstitutionId, c.Name, c.ManagerId, c.VisitDueOn)),
            loans.Select(l => ToWork(l, clients.GetValueOrDefault(l.ClientId))),
            terminals.Select(t => new WorklistTerminal(t.TerminalId, t.InstitutionId, t.MerchantName, t.MaintainerId, t.Inactive, t.InactiveSince)),
            owners, now, rules.Clock, rules.Options.Worklist, rules.Options.Loans)
            .Concat(WorkOrderWork.Entries(await workOrdersTask, owners))
            .Concat(await monthEndTask is { } monthEnd ? [monthEnd] : [])
            .Concat(CalendarMissing(staff, loans))
            .ToList();

        IReadOnlyList<WorklistItem> Of(WorklistKind kind) =>
            [.. entries.Where(e => e.Kind == kind).Select(e => new WorklistItem(e.Kind, e.Id, e.Title, e.InstitutionId, e.DueAt, e.Detail, e.OwnerId))];
        IReadOnlyList<WorklistItem> approvals = [.. (await approvalsTask).Select(t => new WorklistItem(
            WorklistKind.Approval, t.TransferId, $"{t.Kind} transfer of terminal {t.TerminalId}: {t.NextStep}", t.ToInstitutionId, null, t.Reason, null))];
        return new WorklistView(staffId, now, Of(WorklistKind.VisitDue), Of(WorklistKind.VisitOverdue), [.. Of(WorklistKind.CalendarMissing), .. Of(WorklistKind.Reminder)],
            Of(WorklistKind.PromiseDue), [.. Of(WorklistKind.MonthEndList), .. Of(WorklistKind.InactiveTerminal)], approvals, Of(WorklistKind.WorkOrder));
    }

    /// <summary>
    /// The management department keeps the calendars: while a year that should be loaded is missing, its worklist says so
    /// among the reminders (the work that year's calendar decides), with the due dates of next year already booked.
    /// </summary>
    private IEnumerable<WorklistEntry> CalendarMissing(ManagerSnapshot staff, IReadOnlyList<LoanCollectionsSummary> loans) =>
        staff.Roles.Contains(StaffRole.ManagementDepartment) && CalendarCoverage.MissingYear(rules.Today, rules.Calendar) is { } year
            ? [MonthEndWork.CalendarMissing(year, year == rules.Today.Year + 1 ? loans.Sum(l => l.DueDatesNextYear) : 0, staff.InstitutionId, staff.ManagerId)]
            : [];

    /// <summary>Last month's inactive-terminal list of a team lead's or institution head's own institution, once made.</summary>
    private async Task<WorklistEntry?> MonthEndListAsync(ManagerSnapshot staff)
    {
        if (!staff.Roles.Contains(StaffRole.TeamLead) && !staff.Roles.Contains(StaffRole.InstitutionHead))
        {
            return null;
        }
        var month = $"{WorkOrderCalendar.MonthOf(rules.Today).AddMonths(-1):yyyy-MM}";
        var list = await GrainFactory.GetGrain<IInactiveTerminalsGrain>(staff.InstitutionId).Get(month);
        var institution = await GrainFactory.GetGrain<IInstitutionGrain>(staff.InstitutionId).GetSnapshot();
        return list is null ? null
            : MonthEndWork.InactiveList(staff.InstitutionId, institution?.Name ?? staff.InstitutionId, month, list.Terminals.Count, staff.ManagerId);
    }

    /// <summary>
    /// The work orders of this month and last (an order not finished by its month end is still work) in these
    /// institutions' books; only sub-branches have orders, other books answer empty.
    /// </summary>
    private async Task<IReadOnlyList<WorklistWorkOrder>> WorkOrdersAsync(IEnumerable<string> institutionIds)
    {
        var thisMonth = WorkOrderCalendar.MonthOf(rules.Today);
        var months = await Task.WhenAll(institutionIds.SelectMany(id => new[] { thisMonth, thisMonth.AddMonths(-1) }
            .Select(month => GrainFactory.GetGrain<IWorkOrderBookGrain>(id).List(month))));
        return
        [
            .. months.SelectMany(m => m.Items).Select(o => new WorklistWorkOrder(o.WorkOrderId, o.InstitutionId, o.ClientName, o.Status,
                o.AssigneeId, o.IssuedTo, o.Focus, o.BookedFor, rules.Clock.StartOf(WorkOrderCalendar.MonthOf(rules.Clock.DateOf(o.IssuedAt)).AddMonths(1)))),
        ];
    }

    private static WorklistLoanWork ToWork(LoanCollectionsSummary l, ClientSnapshot? client) => new(
        l.LoanId, l.InstitutionId, l.ClientId, client?.Name ?? l.ClientId, client?.ManagerId, l.CollectorId,
        l.OnReminderList, l.NextDueDate, l.AmountDue,
        [.. l.CallsToday.Select(c => new WorklistCall(c.At, c.Number, c.Outcome))],
        [.. l.Promises.Where(p => p.Status == PromiseStatus.Open).Select(p => new WorklistPromise(p.PromiseId, p.Amount, p.PromisedFor))]);
}
