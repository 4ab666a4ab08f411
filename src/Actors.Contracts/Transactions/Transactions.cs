namespace Actors.Contracts.Transactions;

/// <summary>A sale on a POS terminal, as the acquiring system reports it.</summary>
[GenerateSerializer, Immutable, Alias("bg.PosSale")]
public sealed record PosSale(string TransactionId, string TerminalId, decimal Amount, DateTimeOffset At);

/// <summary>A repayment credited to a loan by the core banking system.</summary>
[GenerateSerializer, Immutable, Alias("bg.LoanRepayment")]
public sealed record LoanRepayment(string TransactionId, string LoanId, decimal Amount, DateTimeOffset At);

[GenerateSerializer, Alias("bg.AccountMovementKind")]
public enum AccountMovementKind { Deposit, Withdrawal }

/// <summary>A deposit or a withdrawal on a client's settlement account.</summary>
[GenerateSerializer, Immutable, Alias("bg.AccountMovement")]
public sealed record AccountMovement(string TransactionId, string ClientId, AccountMovementKind Kind, decimal Amount, DateTimeOffset At);
