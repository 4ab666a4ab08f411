namespace Actors.Contracts.Clients;

/// <summary>A settlement account woke up after a dormant spell (no movement from <see cref="DormantSince"/> until <see cref="ReactivatedOn"/>).</summary>
[GenerateSerializer, Immutable, Alias("bg.AccountReactivation")]
public sealed record AccountReactivation(DateOnly DormantSince, DateOnly ReactivatedOn);

/// <summary>The settlement balance before the first and after the last movement of a month (<see cref="Month"/> is its 1st).</summary>
[GenerateSerializer, Immutable, Alias("bg.AccountMonthBalance")]
public sealed record AccountMonthBalance(DateOnly Month, decimal Opening, decimal Closing);

/// <summary>What the managers' KPIs need of a client's settlement account: opening, movements, dormant spells, month balances.</summary>
[GenerateSerializer, Immutable, Alias("bg.ClientAccountActivity")]
public sealed record ClientAccountActivity(
    string ClientId,
    string InstitutionId,
    string? ManagerId,
    ClientKind Kind,
    DateOnly OpenedOn,
    DateTimeOffset? LastMovementAt,
    decimal Balance,
    IReadOnlyList<AccountReactivation> Reactivations,
    IReadOnlyList<AccountMonthBalance> Balances);
