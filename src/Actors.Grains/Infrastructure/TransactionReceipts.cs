using Actors.Domain;
using Actors.Contracts.Transactions;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// Receipts as entities kept them inside their state before issue 13; read from stored state only, moved to receipt rows
/// (<see cref="Receipts"/>) by the entity's next transaction. Never written again.
/// </summary>
[GenerateSerializer, Alias("bg.TransactionReceipts.v1")]
public sealed class TransactionReceipts
{
    [Id(0)] public Dictionary<string, Receipt> ById { get; set; } = new(StringComparer.Ordinal);
}

[GenerateSerializer, Immutable, Alias("bg.Receipt.v1")]
public sealed record Receipt(OutcomeStatus Status, string? Detail, DateTimeOffset RecordedAt);
