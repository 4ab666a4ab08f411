using Actors.Contracts.Transactions;
using Actors.Domain.Clients;

namespace Actors.Contracts.Clients;

/// <summary>A client of the bank, keyed by client number.</summary>
public interface IClientGrain : IGrainWithStringKey, Worklist.IWorkSourceEntity
{
    Task<Outcome<ClientSnapshot>> Register(ClientRegistration registration);
    Task<ClientSnapshot?> GetSnapshot();
    Task<TransactionOutcome> ApplyMovement(AccountMovement movement);

    /// <summary>Allocates the client to a client manager (or to nobody: null).</summary>
    Task<ClientSnapshot?> AssignManager(string? managerId);

    /// <summary>Sets or clears the bad-credit / litigation flag, which forces Bronze.</summary>
    Task<ClientSnapshot?> SetAdverseRecord(bool badCreditOrLitigation);

    Task<ClientSnapshot?> LogVisit(VisitRecord visit);

    /// <summary>The settlement account's activity for the managers' KPIs; null when the client is not registered.</summary>
    Task<ClientAccountActivity?> GetAccountActivity();

    /// <summary>A loan of this client reports its outstanding balance (absolute, so repeating it is harmless).</summary>
    Task LoanBalanceChanged(string loanId, decimal outstanding);
}

[GenerateSerializer, Alias("bg.ClientKind")]
public enum ClientKind { Individual, Corporate }

[GenerateSerializer, Alias("bg.VisitType")]
public enum VisitType { OnSite, Phone, Sms, Online }

[GenerateSerializer, Immutable, Alias("bg.ClientRegistration")]
public sealed record ClientRegistration(string InstitutionId, string Name, ClientKind Kind, DateOnly RelationshipSince, string? ManagerId, decimal FeeIncome);

[GenerateSerializer, Immutable, Alias("bg.VisitRecord")]
public sealed record VisitRecord(VisitType Type, string By, DateTimeOffset At, string Findings);

[GenerateSerializer, Immutable, Alias("bg.ClientSnapshot")]
public sealed record ClientSnapshot(
    string ClientId,
    string InstitutionId,
    string Name,
    ClientKind Kind,
    DateOnly RelationshipSince,
    string? ManagerId,
    decimal DepositBalance,
    decimal LoanBalance,
    decimal FeeIncome,
    decimal StandardDeposits,
    bool AdverseRecord,
    ClientTier Tier,
    DateOnly RatedFrom,
    bool IsCreditClient,
    DateTimeOffset? LastVisitAt,
    DateOnly VisitDueOn,
    bool VisitOverdue,
    DateTimeOffset? NextClockAt,
    /// <summary>The latest visits, newest first: type, who (the signed-in staff member who logged it), when, findings.</summary>
    IReadOnlyList<VisitRecord> RecentVisits);
