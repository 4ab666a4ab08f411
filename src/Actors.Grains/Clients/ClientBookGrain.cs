using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Statistics;
using Actors.Domain;
using Actors.Domain.Kpis;
using Actors.Grains.Infrastructure;
using Actors.Grains.Institutions;
using Orleans.Concurrency;

namespace Actors.Grains.Clients;

/// <summary>Reads over the clients of an institution and those below it, from each client's own state; nothing is stored.</summary>
[StatelessWorker]
public sealed class ClientBookGrain(BankRules rules) : Grain, IClientBookGrain
{
    public async Task<IReadOnlyList<UnallocatedClient>?> Unallocated()
    {
        var clients = await Clients();
        return clients?.Where(c => c.ManagerId is null)
            .Select(c => new UnallocatedClient(c.ClientId, c.Name, c.InstitutionId))
            .OrderBy(c => c.ClientId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<ClientAccountActivity>?> AccountActivity()
    {
        var tree = await InstitutionTree.ReadAsync(GrainFactory, this.GetPrimaryKeyString());
        return tree is null ? null : await ActivityOf(tree);
    }

    public async Task<InstitutionKpisView?> Kpis(DateOnly month, DateOnly today)
    {
        var tree = await InstitutionTree.ReadAsync(GrainFactory, this.GetPrimaryKeyString());
        if (tree is null)
        {
            return null;
        }
        var accounts = (await ActivityOf(tree)).Select(a => ToFacts(a, rules.Clock)).ToList();
        var subBranches = tree.Where(i => i.Kind == InstitutionKind.SubBranch).ToDictionary(i => i.InstitutionId, i => i.Name, StringComparer.Ordinal);
        var report = KpiReport.Of(accounts, subBranches.Keys, month, today, rules.Options.Kpis);
        var managers = await Task.WhenAll(report.Managers.Select(async m =>
            new ManagerKpisView(m.ManagerId, (await GrainFactory.GetGrain<IManagerGrain>(m.ManagerId).GetSnapshot())?.Name ?? m.ManagerId, m.Figures)));
        return new(
            this.GetPrimaryKeyString(), $"{month:yyyy-MM}", rules.Options.Kpis.DormantAfterDays, report.All,
            report.SubBranches.Select(s => new SubBranchKpis(s.InstitutionId, subBranches[s.InstitutionId], s.Figures, s.Targets)).ToList(),
            managers.ToList());
    }

    private async Task<IReadOnlyList<ClientAccountActivity>> ActivityOf(IReadOnlyList<InstitutionSnapshot> tree)
    {
        var activity = await Task.WhenAll(tree.SelectMany(i => i.Clients).Select(id => GrainFactory.GetGrain<IClientGrain>(id).GetAccountActivity()));
        return [.. activity.OfType<ClientAccountActivity>()];
    }

    private static AccountFacts ToFacts(ClientAccountActivity a, BusinessClock clock) => new(
        a.ClientId, a.InstitutionId, a.ManagerId, a.Kind == ClientKind.Corporate, a.OpenedOn,
        a.LastMovementAt is { } last ? clock.DateOf(last) : null,
        [.. a.Reactivations.Select(r => new Reactivation(r.DormantSince, r.ReactivatedOn))],
        [.. a.Balances.Select(b => new MonthBalance(b.Month, b.Opening, b.Closing))],
        a.Balance);

    private async Task<IReadOnlyList<ClientSnapshot>?> Clients()
    {
        var tree = await InstitutionTree.ReadAsync(GrainFactory, this.GetPrimaryKeyString());
        if (tree is null)
        {
            return null;
        }
        var clients = await Task.WhenAll(tree.SelectMany(i => i.Clients).Select(id => GrainFactory.GetGrain<IClientGrain>(id).GetSnapshot()));
        return [.. clients.OfType<ClientSnapshot>()];
    }
}
