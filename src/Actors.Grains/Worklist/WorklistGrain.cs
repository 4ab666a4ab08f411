using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Contracts.Worklist;
using Actors.Domain.Calendar;
using Actors.Domain.WorkOrders;
using Actors.Domain.Worklist;
using Actors.Grains.Infrastructure;
using Actors.Grains.Institutions;
using Orleans.Concurrency;

namespace Actors.Grains.Worklist;

/// <summary>
/// A staff member's worklist, read from the worklist books (<see cref="WorklistBookGrain"/>) of their institution and
/// every institution below it (a collector at head office collects loans of sub-branches): one call per institution
/// for the items of the readers named, none to any client, loan, terminal or work order. Approvals come from the staff
/// member's inbox, the month-end list from their institution's.
/// </summary>
[StatelessWorker]
public sealed class WorklistGrain(BankRules rules) : Grain, IWorklistGrain
{
    /// <summary>At most this many items of each list (earliest due first); a list is work for a day, not an archive.</summary>
    public const int ItemsPerList = 500;

    public async Task<WorklistView?> Build(bool team)
    {
        var staffId = this.GetPrimaryKeyString();
        var staff = await GrainFactory.GetGrain<IManagerGrain>(staffId).GetSnapshot();
        if (staff is null)
        {
            return null;
        }
        var treeTask = InstitutionTree.IdsAsync(GrainFactory, staff.InstitutionId);
        IReadOnlyList<string> owners = team
            ? [.. (await GrainFactory.GetGrain<IInstitutionGrain>(staff.InstitutionId).GetMembers(MemberKind.Manager)).Append(staffId).Distinct(StringComparer.Ordinal)]
            : [staffId];
        var monthEndTask = MonthEndListAsync(staff);
        var approvalsTask = GrainFactory.GetGrain<IApprovalsInboxGrain>(staffId).WaitingFor();
        var tree = await treeTask;
        var books = await Task.WhenAll(tree.Select(id => GrainFactory.GetGrain<IWorklistBookGrain>(id).Items(owners, ItemsPerList)));
        var items = books.SelectMany(b => b)
            .Concat(await monthEndTask is { } monthEnd ? [Item(monthEnd)] : [])
            .Concat((await CalendarMissingAsync(staff, tree)).Select(Item))
            .ToList();

        var now = rules.Now;
        IReadOnlyList<WorklistItem> Of(WorklistKind kind) => [.. Ordered(items.Where(e => e.Kind == kind)).Take(ItemsPerList)];
        IReadOnlyList<WorklistItem> approvals = [.. (await approvalsTask).Select(t => new WorklistItem(
            WorklistKind.Approval, t.TransferId, $"{t.Kind} transfer of terminal {t.TerminalId}: {t.NextStep}", t.ToInstitutionId, null, t.Reason, null))];
        return new WorklistView(staffId, now, Of(WorklistKind.VisitDue), Of(WorklistKind.VisitOverdue), [.. Of(WorklistKind.CalendarMissing), .. Of(WorklistKind.Reminder)],
            Of(WorklistKind.PromiseDue), [.. Of(WorklistKind.MonthEndList), .. Of(WorklistKind.InactiveTerminal)], approvals, Of(WorklistKind.WorkOrder));
    }

    /// <summary>The order the rules give each list (<see cref="StaffWorklist.Build"/>, <see cref="WorkOrderWork.Entries"/>), across the books.</summary>
    private static IEnumerable<WorklistItem> Ordered(IEnumerable<WorklistItem> items) => items
        .OrderBy(e => e.DueAt)
        .ThenBy(e => e.Kind == WorklistKind.WorkOrder && e.Detail?.StartsWith(WorkOrderWork.FocusMark, StringComparison.Ordinal) == true ? 0 : 1)
        .ThenBy(e => e.Id, StringComparer.Ordinal)
        .ThenBy(e => e.OwnerId, StringComparer.Ordinal);

    private static WorklistItem Item(WorklistEntry e) => new(e.Kind, e.Id, e.Title, e.InstitutionId, e.DueAt, e.Detail, e.OwnerId);

    /// <summary>
    /// The management department keeps the calendars: while a year that should be loaded is missing, its worklist says so
    /// among the reminders (the work that year's calendar decides), with the due dates of next year already booked.
    /// </summary>
    private async Task<IEnumerable<WorklistEntry>> CalendarMissingAsync(ManagerSnapshot staff, IReadOnlyList<string> tree)
    {
        if (!staff.Roles.Contains(StaffRole.ManagementDepartment) || CalendarCoverage.MissingYear(rules.Today, rules.Calendar) is not { } year)
        {
            return [];
        }
        var dueDates = year == rules.Today.Year + 1
            ? (await Task.WhenAll(tree.Select(id => GrainFactory.GetGrain<IWorklistBookGrain>(id).DueDatesIn(year)))).Sum()
            : 0;
        return [MonthEndWork.CalendarMissing(year, dueDates, staff.InstitutionId, staff.ManagerId)];
    }

    /// <summary>Last month's inactive-terminal list of a team lead's or institution head's own institution, once made.</summary>
    private async Task<WorklistEntry?> MonthEndListAsync(ManagerSnapshot staff)
    {
        if (!staff.Roles.Contains(StaffRole.TeamLead) && !staff.Roles.Contains(StaffRole.InstitutionHead))
        {
            return null;
        }
        var month = $"{WorkOrderCalendar.MonthOf(rules.Today).AddMonths(-1):yyyy-MM}";
        var list = await GrainFactory.GetGrain<IInactiveTerminalsGrain>(staff.InstitutionId).Get(month);
        var institution = await GrainFactory.GetGrain<IInstitutionGrain>(staff.InstitutionId).GetNode();
        return list is null ? null
            : MonthEndWork.InactiveList(staff.InstitutionId, institution?.Name ?? staff.InstitutionId, month, list.Terminals.Count, staff.ManagerId);
    }
}
