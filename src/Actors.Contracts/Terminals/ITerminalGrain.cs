using Actors.Contracts.Transactions;

namespace Actors.Contracts.Terminals;

/// <summary>A POS terminal, keyed by its terminal number.</summary>
public interface ITerminalGrain : IGrainWithStringKey, Worklist.IWorkSourceEntity
{
    Task<Outcome<TerminalSnapshot>> Register(TerminalRegistration registration);
    Task<TerminalSnapshot?> GetSnapshot();
    Task<TransactionOutcome> ApplySale(PosSale sale);

    /// <summary>Locks the terminal for one open transfer or claim; answers the id of another open one, or null when locked for this one.</summary>
    Task<string?> BeginTransfer(string transferId);

    /// <summary>
    /// Releases the lock of a closed transfer; the maintainer changes only here, and only for the transfer holding the
    /// lock (a completed transfer at step 6, or a credited claim).
    /// </summary>
    Task EndTransfer(string transferId, string? newMaintainerId);

    /// <summary>The month-end statistics: had at least one transaction in that business month ("YYYY-MM").</summary>
    Task<bool> ActiveInMonth(string month);
}

[GenerateSerializer, Immutable, Alias("bg.TerminalRegistration")]
public sealed record TerminalRegistration(string InstitutionId, string MerchantName, string? MerchantClientId, string MaintainerId, DateTimeOffset SignedUpAt);

[GenerateSerializer, Immutable, Alias("bg.TerminalSnapshot")]
public sealed record TerminalSnapshot(
    string TerminalId,
    string InstitutionId,
    string MerchantName,
    string? MerchantClientId,
    string MaintainerId,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? LastSaleAt,
    bool Inactive,
    DateTimeOffset? InactiveSince,
    DateTimeOffset? InactiveAt,
    int SalesCount,
    decimal SalesAmount,
    DateTimeOffset? NextClockAt);
