using Actors.Contracts.Worklist;
using Actors.Domain;
using Actors.Domain.Collections;
using Actors.Domain.Worklist;
using Actors.Grains.ReadModels;

namespace Actors.Grains.Worklist;

/// <summary>The worklist rules (<see cref="StaffWorklist"/>, <see cref="WorkOrderWork"/>) asked about the sources a book holds, at read time.</summary>
internal static class WorkSources
{
    public static IReadOnlyList<WorklistEntry> Entries(IReadOnlyList<WorkSource> sources, IReadOnlySet<string> owners, DateTimeOffset now,
        BusinessClock clock, WorklistRules worklist, LoanRules loans)
    {
        var today = clock.DateOf(now);
        var clients = sources.Where(s => s.Client is not null).Select(s => new WorklistClient(
            s.Client!.ClientId, s.InstitutionId, s.Client.Name, s.Client.ManagerId, s.Client.VisitDueOn));
        var loanWork = sources.Where(s => s.Loan is not null).Select(s => (s.InstitutionId, Loan: s.Loan!)).Select(x => new WorklistLoanWork(
            x.Loan.LoanId, x.InstitutionId, x.Loan.ClientId, x.Loan.ClientName, x.Loan.ClientManagerId, x.Loan.CollectorId,
            StaffWorklist.OnReminderList(x.Loan.ReminderDate, x.Loan.NextDueDate, now, clock, loans), x.Loan.NextDueDate, x.Loan.AmountDue,
            [.. x.Loan.Calls.Where(c => clock.DateOf(c.At) == today).Select(c => new WorklistCall(c.At, c.Number, c.Outcome))],
            [.. x.Loan.OpenPromises.Select(p => new WorklistPromise(p.PromiseId, p.Amount, p.PromisedFor))]));
        var terminals = sources.Where(s => s.Terminal is not null).Select(s => new WorklistTerminal(
            s.Terminal!.TerminalId, s.InstitutionId, s.Terminal.MerchantName, s.Terminal.MaintainerId, true, s.Terminal.InactiveSince));
        var orders = sources.Where(s => s.WorkOrder is not null).Select(s => new WorklistWorkOrder(
            s.WorkOrder!.WorkOrderId, s.InstitutionId, s.WorkOrder.ClientName, s.WorkOrder.Status, s.WorkOrder.AssigneeId, s.WorkOrder.IssuedTo,
            s.WorkOrder.Focus, s.WorkOrder.BookedFor, s.WorkOrder.MonthEndsAt));
        return [.. StaffWorklist.Build(clients, loanWork, terminals, owners, now, clock, worklist, loans), .. WorkOrderWork.Entries(orders, owners)];
    }

    /// <summary>The same work, whenever it was sent.</summary>
    public static bool SameWork(WorkSource a, WorkSource b) =>
        ReadModelRows<WorkSource>.Text(a with { At = default }) == ReadModelRows<WorkSource>.Text(b with { At = default });
}
