using Actors.Domain.Managers;

namespace Actors.Contracts.Managers;

/// <summary>A member of staff; for client managers, the portfolio and its A–E tier.</summary>
public interface IManagerGrain : IGrainWithStringKey
{
    Task<Outcome<ManagerSnapshot>> Register(ManagerRegistration registration);
    Task<ManagerSnapshot?> GetSnapshot();

    /// <summary>Replaces the roles of a registered member of staff (who may grant them is the API's rule).</summary>
    Task<Outcome<ManagerSnapshot>> ChangeRoles(IReadOnlyList<StaffRole> roles);

    /// <summary>A client reports whether it is in this portfolio and whether it is a credit client (absolute, repeatable).</summary>
    Task PortfolioChanged(string clientId, bool inPortfolio, bool isCreditClient);
}

[GenerateSerializer, Alias("bg.StaffRole")]
public enum StaffRole { ClientManager, TeamLead, LobbyManager, Collector, RiskOfficer, InstitutionHead, ManagementDepartment }

/// <summary>
/// A member of staff as the register holds them. A person's name is kept in two forms: <see cref="Name"/> in Latin
/// letters (pinyin for Chinese staff: what English screens show, and the form older records have) and, when known,
/// <see cref="NameZh"/> in Chinese characters (what Chinese screens show; they fall back to <see cref="Name"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.ManagerRegistration")]
public sealed record ManagerRegistration(string InstitutionId, string Name, IReadOnlyList<StaffRole> Roles, string? NameZh = null);

[GenerateSerializer, Immutable, Alias("bg.ManagerSnapshot")]
public sealed record ManagerSnapshot(
    string ManagerId,
    string InstitutionId,
    string Name,
    IReadOnlyList<StaffRole> Roles,
    int Clients,
    int CreditClients,
    ManagerTier Tier,
    string? NameZh = null);
