using Actors.Domain.Loans;

namespace Actors.Contracts.Events;

/// <summary>
/// What changed, published by grains on the stream of their institution after the change is durable.
/// Live screens and aggregating grains subscribe; nothing here is needed to rebuild state.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.GridEvent")]
public abstract record GridEvent(string InstitutionId, DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("bg.RepaymentApplied")]
public sealed record RepaymentApplied(string InstitutionId, DateTimeOffset At, string LoanId, string TransactionId, decimal Amount) : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.LoanStatusChanged")]
public sealed record LoanStatusChanged(
    string InstitutionId, DateTimeOffset At, string LoanId, LoanStage From, LoanStage To, int DaysPastDue, decimal Outstanding, decimal OverdueAmount)
    : GridEvent(InstitutionId, At);

