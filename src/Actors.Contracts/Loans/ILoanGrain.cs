using Actors.Contracts.Collections;
using Actors.Contracts.Transactions;
using Actors.Domain.Loans;
using Orleans.Concurrency;

namespace Actors.Contracts.Loans;

/// <summary>A loan, keyed by loan number: its schedule, repayments, reminder, cut-off and DPD clocks.</summary>
public interface ILoanGrain : IGrainWithStringKey, Calendars.ICalendarDependent, Worklist.IWorkSourceEntity
{
    Task<Outcome<LoanSnapshot>> Register(LoanRegistration registration);
    Task<LoanSnapshot?> GetSnapshot();
    Task<TransactionOutcome> ApplyRepayment(LoanRepayment repayment);

    /// <summary>Gives the loan to a collector; refused for the same collector while the loan must go to a different one.</summary>
    Task<Outcome<LoanSnapshot>> AssignCollector(string collectorId);

    /// <summary>Logs a call; on a loan without a collector the caller becomes its collector ("whoever reminded collects").</summary>
    Task<Outcome<LoanSnapshot>> LogCall(CallRecord call);

    /// <summary>Records a promise to pay, followed up within the window around the promised instant on the loan's own clock.</summary>
    Task<Outcome<LoanPromiseView>> RecordPromise(PromiseRecord promise);

    /// <summary>What the collections boards and worklists need of this loan now; null when the loan is not registered.</summary>
    Task<LoanCollectionsSummary?> GetCollectionsSummary();

    /// <summary>
    /// The borrower's name or manager changed: the loan's worklist items follow (they name both). One-way: the client
    /// does not wait, so a loan calling its client at the same moment cannot deadlock with it.
    /// </summary>
    [OneWay]
    Task ClientChanged(string clientName, string? managerId);
}

[GenerateSerializer, Immutable, Alias("bg.LoanRegistration")]
public sealed record LoanRegistration(string InstitutionId, string ClientId, decimal Principal, decimal AnnualRate, int TermMonths, DateOnly DisbursedOn);

[GenerateSerializer, Immutable, Alias("bg.InstallmentView")]
public sealed record InstallmentView(int Number, DateOnly DueDate, decimal Amount, decimal Paid, DateOnly ReminderDate, bool ReminderProvisional);

[GenerateSerializer, Immutable, Alias("bg.LoanSnapshot")]
public sealed record LoanSnapshot(
    string LoanId,
    string InstitutionId,
    string ClientId,
    decimal Principal,
    decimal AnnualRate,
    int TermMonths,
    DateOnly DisbursedOn,
    LoanStage Stage,
    int DaysPastDue,
    decimal Outstanding,
    decimal OverdueAmount,
    DateOnly? NextDueDate,
    DateOnly? ReminderDate,
    bool OnReminderList,
    DateTimeOffset? NextClockAt,
    bool CalendarCovered,
    IReadOnlyList<InstallmentView> Installments,
    LoanCollectionsView Collections,
    bool ReminderProvisional);
