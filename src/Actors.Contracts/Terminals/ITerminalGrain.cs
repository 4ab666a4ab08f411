using Actors.Contracts.Transactions;

namespace Actors.Contracts.Terminals;

/// <summary>A POS terminal, keyed by its terminal number.</summary>
public interface ITerminalGrain : IGrainWithStringKey
{
    Task<RegistrationResult<TerminalSnapshot>> Register(TerminalRegistration registration);
    Task<TerminalSnapshot?> GetSnapshot();
    Task<TransactionOutcome> ApplySale(PosSale sale);
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
