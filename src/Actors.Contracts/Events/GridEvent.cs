using Actors.Domain.Clients;
using Actors.Domain.Loans;
using Actors.Domain.Managers;

namespace Actors.Contracts.Events;

/// <summary>
/// What changed, published by grains on the stream of their institution after the change is durable.
/// Live screens and aggregating grains subscribe; nothing here is needed to rebuild state.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.GridEvent")]
public abstract record GridEvent(string InstitutionId, DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("bg.TerminalActivityChanged")]
public sealed record TerminalActivityChanged(string InstitutionId, DateTimeOffset At, string TerminalId, bool Inactive) : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.SaleApplied")]
public sealed record SaleApplied(string InstitutionId, DateTimeOffset At, string TerminalId, string TransactionId, decimal Amount) : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.RepaymentApplied")]
public sealed record RepaymentApplied(string InstitutionId, DateTimeOffset At, string LoanId, string TransactionId, decimal Amount) : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.LoanStatusChanged")]
public sealed record LoanStatusChanged(
    string InstitutionId, DateTimeOffset At, string LoanId, LoanStage From, LoanStage To, int DaysPastDue, decimal Outstanding, decimal OverdueAmount)
    : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.AccountMovementApplied")]
public sealed record AccountMovementApplied(string InstitutionId, DateTimeOffset At, string ClientId, string TransactionId, decimal SignedAmount, decimal Balance) : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.ClientTierChanged")]
public sealed record ClientTierChanged(string InstitutionId, DateTimeOffset At, string ClientId, ClientTier From, ClientTier To) : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.VisitDueChanged")]
public sealed record VisitDueChanged(string InstitutionId, DateTimeOffset At, string ClientId, string? ManagerId, DateOnly DueOn, bool Overdue) : GridEvent(InstitutionId, At);

[GenerateSerializer, Immutable, Alias("bg.ManagerTierChanged")]
public sealed record ManagerTierChanged(string InstitutionId, DateTimeOffset At, string ManagerId, ManagerTier From, ManagerTier To, int CreditClients) : GridEvent(InstitutionId, At);
