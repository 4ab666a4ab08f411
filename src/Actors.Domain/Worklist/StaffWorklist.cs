using Actors.Domain.Collections;

namespace Actors.Domain.Worklist;

/// <summary>The lists of a staff member's worklist (brief §1).</summary>
public enum WorklistKind { VisitDue, VisitOverdue, Reminder, PromiseDue, InactiveTerminal, Approval, WorkOrder, MonthEndList, CalendarMissing }

/// <summary>Where a client's next visit stands on a business date.</summary>
public enum VisitStanding { NotYet, Due, Overdue }

/// <summary>A client as the worklist needs it: who manages it and when its next visit is due.</summary>
public sealed record WorklistClient(string ClientId, string InstitutionId, string Name, string? ManagerId, DateOnly VisitDueOn);

/// <summary>An open promise to pay on a loan.</summary>
public sealed record WorklistPromise(string PromiseId, decimal Amount, DateTimeOffset PromisedFor);

/// <summary>A loan as the worklist needs it: whose client it is, who collects it, its reminder and open promises.</summary>
public sealed record WorklistLoanWork(
    string LoanId,
    string InstitutionId,
    string ClientId,
    string ClientName,
    string? ClientManagerId,
    string? CollectorId,
    bool OnReminderList,
    DateOnly? NextDueDate,
    decimal AmountDue,
    IReadOnlyList<WorklistCall> CallsToday,
    IReadOnlyList<WorklistPromise> OpenPromises);

public sealed record WorklistTerminal(string TerminalId, string InstitutionId, string MerchantName, string MaintainerId, bool Inactive, DateTimeOffset? InactiveSince);

/// <summary>One thing to do, for one owner.</summary>
public sealed record WorklistEntry(WorklistKind Kind, string Id, string Title, string InstitutionId, DateTimeOffset? DueAt, string? Detail, string OwnerId);

public static class StaffWorklist
{
    /// <summary>Overdue once the due date has passed (as the client's own clock says); due when it falls within the horizon.</summary>
    public static VisitStanding VisitStandingOf(DateOnly visitDueOn, DateOnly today, WorklistRules rules) =>
        today > visitDueOn ? VisitStanding.Overdue
        : visitDueOn <= today.AddDays(rules.VisitsDueWithinDays) ? VisitStanding.Due
        : VisitStanding.NotYet;

    /// <summary>A loan on the reminder list is reminded again until it is paid, but once a day: a call that reached the borrower today is enough.</summary>
    public static bool ReminderToMake(bool onReminderList, IEnumerable<WorklistCall> callsToday) =>
        onReminderList && !callsToday.Any(c => c.Outcome.IsRightPartyContact());

    /// <summary>
    /// A loan is on the reminder list from its oldest unpaid installment's reminder date until that installment falls
    /// overdue at the cut-off of its due date (then collections work it), as <c>LoanStatus</c> decides it.
    /// </summary>
    public static bool OnReminderList(DateOnly? reminderDate, DateOnly? dueDate, DateTimeOffset now, BusinessClock clock, LoanRules loanRules) =>
        reminderDate is { } from && dueDate is { } due && from <= clock.DateOf(now) && now < clock.At(due, loanRules.CutOff);

    /// <summary>An open promise promised for today, or earlier and not yet decided by the loan's clock, is to be followed up.</summary>
    public static bool PromiseToFollowUp(DateTimeOffset promisedFor, DateOnly today, BusinessClock clock) =>
        clock.DateOf(promisedFor) <= today;

    /// <summary>
    /// Every entry for the given owners: visits of the clients they manage; reminders and promises on loans of their
    /// clients or loans they collect (one entry per owner when the manager and the collector differ); inactive
    /// terminals they maintain. Each list is ordered by due instant, then id.
    /// </summary>
    public static IReadOnlyList<WorklistEntry> Build(
        IEnumerable<WorklistClient> clients,
        IEnumerable<WorklistLoanWork> loans,
        IEnumerable<WorklistTerminal> terminals,
        IReadOnlySet<string> owners,
        DateTimeOffset now,
        BusinessClock clock,
        WorklistRules rules,
        LoanRules loanRules)
    {
        var today = clock.DateOf(now);
        var entries = new List<WorklistEntry>();
        foreach (var c in clients)
        {
            if (c.ManagerId is null || !owners.Contains(c.ManagerId))
                continue;
            var standing = VisitStandingOf(c.VisitDueOn, today, rules);
            if (standing == VisitStanding.NotYet)
                continue;
            var kind = standing == VisitStanding.Overdue ? WorklistKind.VisitOverdue : WorklistKind.VisitDue;
            entries.Add(new(kind, c.ClientId, c.Name, c.InstitutionId, clock.StartOf(c.VisitDueOn), $"visit due {c.VisitDueOn:yyyy-MM-dd}", c.ManagerId));
        }
        foreach (var loan in loans)
        {
            var loanOwners = new[] { loan.ClientManagerId, loan.CollectorId }.OfType<string>().Distinct(StringComparer.Ordinal).Where(owners.Contains).ToList();
            if (loanOwners.Count == 0)
                continue;
            var title = $"{loan.LoanId} · {loan.ClientName}";
            if (ReminderToMake(loan.OnReminderList, loan.CallsToday))
            {
                DateTimeOffset? dueAt = loan.NextDueDate is { } due ? clock.At(due, loanRules.CutOff) : null;
                var detail = $"{loan.AmountDue:0.00} due {loan.NextDueDate:yyyy-MM-dd}";
                entries.AddRange(loanOwners.Select(o => new WorklistEntry(WorklistKind.Reminder, loan.LoanId, title, loan.InstitutionId, dueAt, detail, o)));
            }
            foreach (var p in loan.OpenPromises.Where(p => PromiseToFollowUp(p.PromisedFor, today, clock)))
            {
                var detail = $"promise {p.PromiseId}: {p.Amount:0.00}";
                entries.AddRange(loanOwners.Select(o => new WorklistEntry(WorklistKind.PromiseDue, loan.LoanId, title, loan.InstitutionId, p.PromisedFor, detail, o)));
            }
        }
        foreach (var t in terminals)
        {
            if (t.Inactive && owners.Contains(t.MaintainerId))
                entries.Add(new(WorklistKind.InactiveTerminal, t.TerminalId, t.MerchantName, t.InstitutionId, t.InactiveSince, "no sale: re-activate", t.MaintainerId));
        }
        return [.. entries.OrderBy(e => e.Kind).ThenBy(e => e.DueAt).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.OwnerId, StringComparer.Ordinal)];
    }
}
