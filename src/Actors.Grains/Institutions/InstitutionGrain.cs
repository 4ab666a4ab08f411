using Actors.Contracts;
using Actors.Domain;
using Actors.Contracts.Institutions;
using Actors.Contracts.Statistics;
using Actors.Contracts.Terminals;
using Actors.Contracts.WorkOrders;

namespace Actors.Grains.Institutions;

[GenerateSerializer, Alias("bg.InstitutionState.v1")]
public sealed class InstitutionState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public InstitutionKind Kind { get; set; }
    [Id(2)] public string? ParentId { get; set; }
    [Id(3)] public Dictionary<MemberKind, SortedSet<string>> Members { get; set; } = [];
    [Id(4)] public SortedSet<string> Children { get; set; } = new(StringComparer.Ordinal);
}

public sealed class InstitutionGrain([PersistentState("institution")] IPersistentState<InstitutionState> state) : Grain, IInstitutionGrain
{
    private InstitutionState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<Outcome<InstitutionSnapshot>> Register(InstitutionRegistration r)
    {
        if (S.Name is not null)
        {
            if (S.Name != r.Name || S.Kind != r.Kind || S.ParentId != r.ParentId)
            {
                return Refusal.AlreadyRegistered(Thing.Institution, Id);
            }
            // The parent may have missed us after a crash between our write and its call: tell it again (idempotent).
            await TellParent();
            await OpenBooks();
            return Outcome<InstitutionSnapshot>.Ok(Snapshot());
        }
        if (r.ParentId is not null && !await GrainFactory.GetGrain<IInstitutionGrain>(r.ParentId).Exists())
        {
            return Refusal.NotRegistered("parentId", Thing.Institution, r.ParentId);
        }
        (S.Name, S.Kind, S.ParentId) = (r.Name, r.Kind, r.ParentId);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).Add(Id);
        await TellParent();
        await OpenBooks();
        return Outcome<InstitutionSnapshot>.Ok(Snapshot());
    }

    /// <summary>
    /// The institution's monthly books (idempotent, like TellParent): its month-end statistics, and for a sub-branch the
    /// after-sales work orders issued from its own book.
    /// </summary>
    public async Task OpenBooks()
    {
        if (S.Name is null)
        {
            return;
        }
        await GrainFactory.GetGrain<IMonthEndStatisticsGrain>(Id).Start();
        await GrainFactory.GetGrain<IInactiveTerminalsGrain>(Id).Start();
        if (S.Kind == InstitutionKind.SubBranch)
        {
            await GrainFactory.GetGrain<IWorkOrderBookGrain>(Id).Open();
        }
    }

    private Task TellParent() => S.ParentId is null ? Task.CompletedTask : GrainFactory.GetGrain<IInstitutionGrain>(S.ParentId).AddChild(Id);

    public Task<InstitutionSnapshot?> GetSnapshot() => Task.FromResult(S.Name is null ? null : Snapshot());

    public Task<bool> Exists() => Task.FromResult(S.Name is not null);

    public async Task AddMember(MemberKind kind, string id)
    {
        if (!S.Members.TryGetValue(kind, out var set))
        {
            S.Members[kind] = set = new SortedSet<string>(StringComparer.Ordinal);
        }
        if (set.Add(id))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task AddChild(string childId)
    {
        if (S.Children.Add(childId))
        {
            await state.WriteStateAsync();
        }
    }

    private IReadOnlyList<string> MembersOf(MemberKind kind) => S.Members.TryGetValue(kind, out var set) ? [.. set] : [];

    private InstitutionSnapshot Snapshot() => new(
        Id, S.Name!, S.Kind, S.ParentId,
        MembersOf(MemberKind.Terminal), MembersOf(MemberKind.Client), MembersOf(MemberKind.Loan), MembersOf(MemberKind.Manager), [.. S.Children]);
}

[GenerateSerializer, Alias("bg.InstitutionDirectoryState.v1")]
public sealed class InstitutionDirectoryState
{
    [Id(0)] public SortedSet<string> Ids { get; set; } = new(StringComparer.Ordinal);
}

public sealed class InstitutionDirectoryGrain([PersistentState("directory")] IPersistentState<InstitutionDirectoryState> state) : Grain, IInstitutionDirectoryGrain
{
    public async Task Add(string institutionId)
    {
        if (state.State.Ids.Add(institutionId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Ids]);
}
