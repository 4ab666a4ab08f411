using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Terminals;
using Actors.Contracts.WorkOrders;
using Actors.Contracts.Worklist;
using Actors.Domain.Worklist;
using Actors.Grains.Infrastructure;
using Actors.Grains.ReadModels;
using Actors.Storage;

namespace Actors.Grains.Worklist;

/// <summary>
/// An institution's worklist read model: one row per entity that can put work on somebody's list (a client with a
/// manager, a loan with an unpaid installment, an inactive terminal, a work order not completed, of any month), filed
/// by owner. One grain per institution, not per kind: an owner's read is one call per institution whatever the kinds,
/// and an institution's entities are a natural unit to rebuild. Entities send their whole work after each change
/// (<see cref="WorkSource"/>), so a copy sent twice changes nothing and a late copy never overwrites a newer one.
/// </summary>
public sealed class WorklistBookGrain(BankRules rules, IGridStore store) : Grain, IWorklistBookGrain
{
    private readonly ReadModelRows<WorkSource> _rows = new(store, "worklist");
    private readonly Dictionary<string, HashSet<string>> _byOwner = new(StringComparer.Ordinal);
    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _rows.LoadAsync(Id);
        foreach (var source in _rows.Items.Values)
        {
            File(source);
        }
    }

    public async Task Put(WorkSource source)
    {
        if (_rows.Items.TryGetValue(source.Key, out var held) && held.At > source.At)
        {
            return;
        }
        await _rows.PutAsync(source.Key, source.IsEmpty ? null : source);
        if (held is not null)
        {
            Unfile(held);
        }
        if (!source.IsEmpty)
        {
            File(source);
        }
    }

    public Task<IReadOnlyList<WorklistItem>> Items(IReadOnlyList<string> owners, int limit)
    {
        var ownerSet = new HashSet<string>(owners, StringComparer.Ordinal);
        var sources = owners.SelectMany(o => _byOwner.GetValueOrDefault(o) ?? []).Distinct(StringComparer.Ordinal)
            .Select(key => _rows.Items[key]).ToList();
        var entries = WorkSources.Entries(sources, ownerSet, rules.Now, rules.Clock, rules.Options.Worklist, rules.Options.Loans);
        return Task.FromResult<IReadOnlyList<WorklistItem>>(
        [
            .. entries.GroupBy(e => e.Kind).SelectMany(g => g.Take(limit))
                .Select(e => new WorklistItem(e.Kind, e.Id, e.Title, e.InstitutionId, e.DueAt, e.Detail, e.OwnerId)),
        ]);
    }

    public Task<int> DueDatesIn(int year) =>
        Task.FromResult(_rows.Items.Values.Sum(s => s.Loan is { } l && l.Year + 1 == year ? l.DueDatesNextYear : 0));

    public Task<IReadOnlyList<WorkSource>> Sources() => Task.FromResult<IReadOnlyList<WorkSource>>([.. _rows.Items.Values]);

    public Task<IReadOnlyList<WorkSource>> Rebuilt() => ReadEntitiesAsync();

    public async Task<int> Rebuild()
    {
        var rebuilt = await ReadEntitiesAsync();
        var held = _rows.Items.Values.ToList();
        var differences = ReadModelRows<WorkSource>.Differences(held, rebuilt, s => s.Key, WorkSources.SameWork);
        var now = rules.Now;
        var keys = rebuilt.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in held.Where(h => !keys.Contains(h.Key)))
        {
            await Put(new WorkSource(stale.Key, Id, now));
        }
        foreach (var source in rebuilt)
        {
            // Read now, so it is the latest: it replaces whatever the book held.
            await Put(source with { At = now });
        }
        return differences;
    }

    /// <summary>Every entity of the institution, asked for its work: the clients, loans and terminals of its register, the work orders of its book.</summary>
    private async Task<IReadOnlyList<WorkSource>> ReadEntitiesAsync()
    {
        var institution = GrainFactory.GetGrain<IInstitutionGrain>(Id);
        async Task<IEnumerable<WorkSource?>> Of<T>(MemberKind kind) where T : IWorkSourceEntity =>
            await Task.WhenAll((await institution.GetMembers(kind)).Select(id => GrainFactory.GetGrain<T>(id).GetWork()));
        var orders = await GrainFactory.GetGrain<IWorkOrderBookGrain>(Id).OrderIds();
        var all = (await Of<IClientGrain>(MemberKind.Client))
            .Concat(await Of<ILoanGrain>(MemberKind.Loan))
            .Concat(await Of<ITerminalGrain>(MemberKind.Terminal))
            .Concat(await Task.WhenAll(orders.Select(id => GrainFactory.GetGrain<IWorkOrderGrain>(id).GetWork())));
        return [.. all.OfType<WorkSource>().Where(s => !s.IsEmpty && s.InstitutionId == Id).OrderBy(s => s.Key, StringComparer.Ordinal)];
    }

    private void File(WorkSource source)
    {
        foreach (var owner in source.Owners())
        {
            (_byOwner.TryGetValue(owner, out var keys) ? keys : _byOwner[owner] = new(StringComparer.Ordinal)).Add(source.Key);
        }
    }

    private void Unfile(WorkSource source)
    {
        foreach (var owner in source.Owners())
        {
            if (_byOwner.TryGetValue(owner, out var keys) && keys.Remove(source.Key) && keys.Count == 0)
            {
                _byOwner.Remove(owner);
            }
        }
    }
}
