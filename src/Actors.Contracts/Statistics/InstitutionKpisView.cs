using Actors.Domain.Kpis;

namespace Actors.Contracts.Statistics;

[GenerateSerializer, Immutable, Alias("bg.SubBranchKpis")]
public sealed record SubBranchKpis(string InstitutionId, string Name, KpiFigures Figures, TargetCheck Targets);

/// <summary>A client manager's figures; the name as the manager is registered when the figures are made.</summary>
[GenerateSerializer, Immutable, Alias("bg.ManagerKpisView")]
public sealed record ManagerKpisView(string ManagerId, string Name, KpiFigures Figures);

/// <summary>
/// The managers' KPIs of brief §3 for one month. Derived from each client's settlement account: new accounts from the
/// relationship start date (a corporate client's account counts as a basic account), dormant / reactivated from the
/// movement dates the client keeps, deposits growth from the balances it keeps per month.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.InstitutionKpisView")]
public sealed record InstitutionKpisView(
    string InstitutionId,
    string Month,
    int DormantAfterDays,
    KpiFigures Institution,
    IReadOnlyList<SubBranchKpis> SubBranches,
    IReadOnlyList<ManagerKpisView> Managers);
