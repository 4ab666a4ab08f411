using Actors.Domain.Collections;
using Actors.Domain.WorkOrders;

namespace Actors.Contracts.Worklist;

/// <summary>
/// What one entity puts on its institution's worklist now, sent by the entity after each change that moves it and kept
/// by the institution's <see cref="IWorklistBookGrain"/>: the whole of it, so the book replaces what it held (a copy
/// delivered twice changes nothing) and keeps the latest by <see cref="At"/>. Facts, not items: whether a visit is due
/// or a reminder is to be made today is decided at read time on the business clock. All parts null: nothing to do.
/// </summary>
/// <param name="Key">The entity's grain id ("client/C-1"), the row's key in the book.</param>
[GenerateSerializer, Immutable, Alias("bg.WorkSource")]
public sealed record WorkSource(
    string Key,
    string InstitutionId,
    DateTimeOffset At,
    ClientWork? Client = null,
    LoanWork? Loan = null,
    TerminalWork? Terminal = null,
    WorkOrderWorkFacts? WorkOrder = null)
{
    public bool IsEmpty => Client is null && Loan is null && Terminal is null && WorkOrder is null;

    /// <summary>Whose work this source can be: the owners the book files it under.</summary>
    public IEnumerable<string> Owners() => new[]
    {
        Client?.ManagerId, Loan?.ClientManagerId, Loan?.CollectorId, Terminal?.MaintainerId, WorkOrder?.AssigneeId,
    }.Concat(WorkOrder?.IssuedTo ?? []).OfType<string>().Distinct(StringComparer.Ordinal);
}

/// <summary>A client with a manager: its next visit's due date (brief §1 visits).</summary>
[GenerateSerializer, Immutable, Alias("bg.ClientWork")]
public sealed record ClientWork(string ClientId, string Name, string ManagerId, DateOnly VisitDueOn);

/// <summary>A call of the loan's day: a right-party contact today means the reminder was made.</summary>
[GenerateSerializer, Immutable, Alias("bg.CallWork")]
public sealed record CallWork(DateTimeOffset At, NumberType Number, CallOutcome Outcome);

/// <summary>An open promise to pay, to be followed up from the day it was promised for.</summary>
[GenerateSerializer, Immutable, Alias("bg.OpenPromiseWork")]
public sealed record OpenPromiseWork(string PromiseId, decimal Amount, DateTimeOffset PromisedFor);

/// <summary>
/// A loan with an unpaid installment: when its oldest unpaid installment goes on the reminder list and falls due, its
/// calls of the day, its open promises, and how many of its due dates fall in the year after <see cref="Year"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.LoanWork")]
public sealed record LoanWork(
    string LoanId,
    string ClientId,
    string ClientName,
    string? ClientManagerId,
    string? CollectorId,
    DateOnly? NextDueDate,
    DateOnly? ReminderDate,
    decimal AmountDue,
    IReadOnlyList<CallWork> Calls,
    IReadOnlyList<OpenPromiseWork> OpenPromises,
    int Year,
    int DueDatesNextYear);

/// <summary>An inactive terminal, for its maintainer to re-activate.</summary>
[GenerateSerializer, Immutable, Alias("bg.TerminalWork")]
public sealed record TerminalWork(string TerminalId, string MerchantName, string MaintainerId, DateTimeOffset? InactiveSince);

/// <summary>An after-sales work order not yet completed, of whatever month.</summary>
[GenerateSerializer, Immutable, Alias("bg.WorkOrderWorkFacts")]
public sealed record WorkOrderWorkFacts(
    string WorkOrderId,
    string ClientName,
    WorkOrderStatus Status,
    string? AssigneeId,
    IReadOnlyList<string> IssuedTo,
    bool Focus,
    DateTimeOffset? BookedFor,
    DateTimeOffset MonthEndsAt);
