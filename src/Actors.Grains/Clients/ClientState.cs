using Actors.Contracts.Clients;
using Actors.Domain.Clients;
using Actors.Grains.Infrastructure;

namespace Actors.Grains.Clients;

[GenerateSerializer, Alias("bg.ClientState.v1")]
public sealed class ClientState
{
    [Id(0)] public string? InstitutionId { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public ClientKind Kind { get; set; }
    [Id(3)] public DateOnly RelationshipSince { get; set; }
    [Id(4)] public string? ManagerId { get; set; }
    [Id(5)] public decimal FeeIncome { get; set; }
    [Id(6)] public decimal DepositBalance { get; set; }
    /// <summary>Loan id → outstanding, as last reported by each loan (absolute values: a repeated report is harmless).</summary>
    [Id(7)] public Dictionary<string, decimal> LoanBalances { get; set; } = new(StringComparer.Ordinal);
    [Id(8)] public bool AdverseRecord { get; set; }
    [Id(9)] public ClientTier Tier { get; set; }
    [Id(10)] public List<VisitRecord> Visits { get; set; } = [];
    [Id(11)] public bool VisitOverdue { get; set; }
    [Id(12)] public DateTimeOffset? ClockArmedAt { get; set; }
    /// <summary>Receipts a state written before issue 13 still carries; moved to receipt rows by the next movement.</summary>
    [Id(13)] public TransactionReceipts? Receipts { get; set; }
    /// <summary>The latest business instant of a movement on the settlement account (for dormancy).</summary>
    [Id(14)] public DateTimeOffset? LastMovementAt { get; set; }
    /// <summary>Every dormant spell a movement ended, for the KPIs' "dormant accounts reactivated" and "gone dormant".</summary>
    [Id(15)] public List<AccountReactivation> Reactivations { get; set; } = [];
    /// <summary>Month (its 1st) → balance before the month's first movement and after its last, for deposits growth.</summary>
    [Id(16)] public SortedDictionary<DateOnly, AccountMonthBalance> MonthBalances { get; set; } = [];

    public bool IsRegistered => InstitutionId is not null;
    public decimal LoanBalance => LoanBalances.Values.Sum();
    public bool IsCreditClient => LoanBalances.Values.Any(b => b > 0);
    public DateTimeOffset? LastVisitAt => Visits.Count == 0 ? null : Visits.Max(v => v.At);
}
