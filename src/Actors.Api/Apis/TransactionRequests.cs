namespace Actors.Api.Apis;

/// <summary>A batch as upstream systems post it.</summary>
public sealed record TransactionBatchRequest(List<TransactionItem?>? Transactions);

/// <summary>
/// One transaction. <c>type</c> says which entity id is required: posSale → terminalId, repayment → loanId,
/// deposit / withdrawal → clientId. <c>at</c> is the business timestamp with its offset.
/// </summary>
public sealed record TransactionItem(string? Id, TransactionType? Type, string? TerminalId, string? LoanId, string? ClientId, decimal? Amount, DateTimeOffset? At);

public enum TransactionType { PosSale, Repayment, Deposit, Withdrawal }

public sealed record TransactionBatchResponse(IReadOnlyList<TransactionResult> Results);

public sealed record TransactionResult(string Id, string Status, string? Detail, bool Replayed);
