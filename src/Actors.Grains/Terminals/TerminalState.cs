using Actors.Grains.Infrastructure;

namespace Actors.Grains.Terminals;

[GenerateSerializer, Alias("bg.TerminalState.v1")]
public sealed class TerminalState
{
    [Id(0)] public string? InstitutionId { get; set; }
    [Id(1)] public string MerchantName { get; set; } = "";
    [Id(2)] public string? MerchantClientId { get; set; }
    [Id(3)] public string MaintainerId { get; set; } = "";
    [Id(4)] public DateTimeOffset SignedUpAt { get; set; }
    [Id(5)] public DateTimeOffset? LastSaleAt { get; set; }
    [Id(6)] public DateTimeOffset? InactiveSince { get; set; }
    [Id(7)] public int SalesCount { get; set; }
    [Id(8)] public decimal SalesAmount { get; set; }
    [Id(9)] public DateTimeOffset? ClockArmedAt { get; set; }
    /// <summary>Receipts a state written before issue 13 still carries; moved to receipt rows by the next sale.</summary>
    [Id(10)] public TransactionReceipts? Receipts { get; set; }

    /// <summary>The one transfer or activation claim open on this terminal, if any.</summary>
    [Id(11)] public string? OpenTransferId { get; set; }

    /// <summary>The business months ("YYYY-MM") with at least one sale: the month-end statistics (brief §7).</summary>
    [Id(12)] public SortedSet<string> ActiveMonths { get; set; } = new(StringComparer.Ordinal);

    public bool IsRegistered => InstitutionId is not null;

    /// <summary>The inactivity clock runs from the last sale, or from sign-up for a terminal that never sold.</summary>
    public DateTimeOffset LastActivityAt => LastSaleAt ?? SignedUpAt;
}
