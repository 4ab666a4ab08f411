using Actors.Contracts.Transactions;
using Actors.Domain.Loans;

namespace Actors.Contracts.Loans;

/// <summary>A loan, keyed by loan number: its schedule, repayments, reminder, cut-off and DPD clocks.</summary>
public interface ILoanGrain : IGrainWithStringKey
{
    Task<RegistrationResult<LoanSnapshot>> Register(LoanRegistration registration);
    Task<LoanSnapshot?> GetSnapshot();
    Task<TransactionOutcome> ApplyRepayment(LoanRepayment repayment);
}

[GenerateSerializer, Immutable, Alias("bg.LoanRegistration")]
public sealed record LoanRegistration(string InstitutionId, string ClientId, decimal Principal, decimal AnnualRate, int TermMonths, DateOnly DisbursedOn);

[GenerateSerializer, Immutable, Alias("bg.InstallmentView")]
public sealed record InstallmentView(int Number, DateOnly DueDate, decimal Amount, decimal Paid, DateOnly ReminderDate);

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
    IReadOnlyList<InstallmentView> Installments);
