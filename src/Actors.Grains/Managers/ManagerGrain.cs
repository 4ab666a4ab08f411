using Actors.Contracts;
using Actors.Domain;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Domain.Managers;
using Actors.Grains.Infrastructure;
using Actors.Storage;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Managers;

[GenerateSerializer, Alias("bg.ManagerState.v1")]
public sealed class ManagerState
{
    [Id(0)] public string? InstitutionId { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public List<StaffRole> Roles { get; set; } = [];
    /// <summary>Client id → whether it is a credit client (has a loan with us).</summary>
    [Id(3)] public Dictionary<string, bool> Portfolio { get; set; } = new(StringComparer.Ordinal);
    [Id(4)] public ManagerTier Tier { get; set; } = ManagerTier.E;
    /// <summary>The name in Chinese characters; null for staff registered without one (and for state written before it was kept).</summary>
    [Id(5)] public string? NameZh { get; set; }
}

public sealed class ManagerGrain(
    [PersistentState("manager")] IPersistentState<ManagerState> state,
    BankRules rules) : Grain, IManagerGrain
{
    private ManagerState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<Outcome<ManagerSnapshot>> Register(ManagerRegistration r)
    {
        if (S.InstitutionId is not null)
        {
            return S.InstitutionId == r.InstitutionId && S.Name == r.Name && (r.NameZh is null || r.NameZh == S.NameZh)
                ? Outcome<ManagerSnapshot>.Ok(Snapshot())
                : Refusal.AlreadyRegistered(Thing.Manager, Id);
        }
        if (!await GrainFactory.GetGrain<IInstitutionGrain>(r.InstitutionId).Exists())
        {
            return Refusal.NotRegistered("institutionId", Thing.Institution, r.InstitutionId);
        }
        (S.InstitutionId, S.Name, S.NameZh, S.Roles) = (r.InstitutionId, r.Name, string.IsNullOrWhiteSpace(r.NameZh) ? null : r.NameZh, [.. r.Roles]);
        S.Tier = ManagerTiering.TierOf(CreditClients, rules.Options.Managers);
        this.Stage(new MemberRow(MemberGroups.Institution(r.InstitutionId, MemberKind.Manager), Id));
        await state.WriteStateAsync();
        return Outcome<ManagerSnapshot>.Ok(Snapshot());
    }

    public Task<ManagerSnapshot?> GetSnapshot() => Task.FromResult(S.InstitutionId is null ? null : Snapshot());

    public async Task<Outcome<ManagerSnapshot>> ChangeRoles(IReadOnlyList<StaffRole> roles)
    {
        if (S.InstitutionId is null)
        {
            return Refusal.NotRegistered(Thing.Staff, Id);
        }
        if (!S.Roles.SequenceEqual(roles))
        {
            S.Roles = [.. roles.Distinct()];
            await state.WriteStateAsync();
        }
        return Outcome<ManagerSnapshot>.Ok(Snapshot());
    }

    public async Task PortfolioChanged(string clientId, bool inPortfolio, bool isCreditClient)
    {
        var unchanged = inPortfolio
            ? S.Portfolio.TryGetValue(clientId, out var wasCredit) && wasCredit == isCreditClient
            : !S.Portfolio.ContainsKey(clientId);
        if (unchanged)
        {
            return;
        }
        if (inPortfolio)
        {
            S.Portfolio[clientId] = isCreditClient;
        }
        else
        {
            S.Portfolio.Remove(clientId);
        }
        S.Tier = ManagerTiering.TierOf(CreditClients, rules.Options.Managers);
        await state.WriteStateAsync();
    }

    private int CreditClients => S.Portfolio.Count(c => c.Value);

    private ManagerSnapshot Snapshot() => new(Id, S.InstitutionId!, S.Name, S.Roles, S.Portfolio.Count, CreditClients, S.Tier, S.NameZh);
}
