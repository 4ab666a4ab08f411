using Actors.Contracts.Clients;
using Actors.Grains.Institutions;
using Orleans.Concurrency;

namespace Actors.Grains.Clients;

/// <summary>Reads over the clients of an institution and those below it, from each client's own state; nothing is stored.</summary>
[StatelessWorker]
public sealed class ClientBookGrain : Grain, IClientBookGrain
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
        if (tree is null)
        {
            return null;
        }
        var activity = await Task.WhenAll(tree.SelectMany(i => i.Clients).Select(id => GrainFactory.GetGrain<IClientGrain>(id).GetAccountActivity()));
        return [.. activity.OfType<ClientAccountActivity>()];
    }

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
