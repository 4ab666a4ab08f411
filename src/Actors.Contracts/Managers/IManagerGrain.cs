using Actors.Domain.Managers;

namespace Actors.Contracts.Managers;

/// <summary>A member of staff; for client managers, the portfolio and its A–E tier.</summary>
public interface IManagerGrain : IGrainWithStringKey
{
    Task<Outcome<ManagerSnapshot>> Register(ManagerRegistration registration);
    Task<ManagerSnapshot?> GetSnapshot();

    /// <summary>A client reports whether it is in this portfolio and whether it is a credit client (absolute, repeatable).</summary>
    Task PortfolioChanged(string clientId, bool inPortfolio, bool isCreditClient);
}

[GenerateSerializer, Alias("bg.StaffRole")]
public enum StaffRole { ClientManager, TeamLead, LobbyManager, Collector, RiskOfficer, InstitutionHead, ManagementDepartment }

[GenerateSerializer, Immutable, Alias("bg.ManagerRegistration")]
public sealed record ManagerRegistration(string InstitutionId, string Name, IReadOnlyList<StaffRole> Roles);

[GenerateSerializer, Immutable, Alias("bg.ManagerSnapshot")]
public sealed record ManagerSnapshot(
    string ManagerId,
    string InstitutionId,
    string Name,
    IReadOnlyList<StaffRole> Roles,
    int Clients,
    int CreditClients,
    ManagerTier Tier);
