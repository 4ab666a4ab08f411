using Actors.Contracts;
using Actors.Domain;
using Actors.Domain.Institutions;
using Actors.Contracts.Institutions;
using Actors.Contracts.Statistics;
using Actors.Contracts.Terminals;
using Actors.Contracts.WorkOrders;
using Actors.Grains.Infrastructure;
using Actors.Storage;

namespace Actors.Grains.Institutions;

[GenerateSerializer, Alias("bg.InstitutionState.v1")]
public sealed class InstitutionState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public InstitutionKind Kind { get; set; }
    [Id(2)] public string? ParentId { get; set; }
    /// <summary>Members as a state written before issue 13 kept them; moved to member rows when the institution is next activated.</summary>
    [Id(3)] public Dictionary<MemberKind, SortedSet<string>> Members { get; set; } = [];
    [Id(4)] public SortedSet<string> Children { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// A node of the bank's tree. Its register of terminals, clients, loans and staff is member rows, each written by the
/// member's own registration in the member's commit; the institution reads them when asked.
/// </summary>
public sealed class InstitutionGrain([PersistentState("institution")] IPersistentState<InstitutionState> state, IGridStore store) : Grain, IInstitutionGrain
{
    private static readonly MemberKind[] Kinds = [MemberKind.Terminal, MemberKind.Client, MemberKind.Loan, MemberKind.Manager];

    private InstitutionState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Members.Count > 0)
        {
            foreach (var (kind, ids) in S.Members)
            {
                foreach (var id in ids)
                {
                    this.Stage(new MemberRow(MemberGroups.Institution(Id, kind), id));
                }
            }
            S.Members.Clear();
            await state.WriteStateAsync();
        }
    }

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
            return Outcome<InstitutionSnapshot>.Ok((await GetSnapshot())!);
        }
        var directory = GrainFactory.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key);
        var parent = r.ParentId is null ? null : await GrainFactory.GetGrain<IInstitutionGrain>(r.ParentId).GetSnapshot();
        if (TreePlacement.Placement(Id, LevelOf(r.Kind), r.ParentId, parent is null ? null : LevelOf(parent.Kind), await directory.HeadOffice()) is { } misplaced)
        {
            return misplaced;
        }
        // Two head offices registering at once: the directory lets one through.
        if (r.Kind == InstitutionKind.HeadOffice && !await directory.ClaimHeadOffice(Id))
        {
            return TreePlacement.Placement(Id, TreeLevel.HeadOffice, null, null, await directory.HeadOffice())!;
        }
        (S.Name, S.Kind, S.ParentId) = (r.Name, r.Kind, r.ParentId);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).Add(Id);
        await TellParent();
        await OpenBooks();
        return Outcome<InstitutionSnapshot>.Ok((await GetSnapshot())!);
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
        if (S.Kind == InstitutionKind.HeadOffice && S.ParentId is null)
        {
            // A store written before the directory knew its head office: the root makes itself known (the first one wins).
            await GrainFactory.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).ClaimHeadOffice(Id);
        }
        await GrainFactory.GetGrain<IMonthEndStatisticsGrain>(Id).Start();
        await GrainFactory.GetGrain<IInactiveTerminalsGrain>(Id).Start();
        if (S.Kind == InstitutionKind.SubBranch)
        {
            await GrainFactory.GetGrain<IWorkOrderBookGrain>(Id).Open();
        }
    }

    private static TreeLevel LevelOf(InstitutionKind kind) => kind switch
    {
        InstitutionKind.HeadOffice => TreeLevel.HeadOffice,
        InstitutionKind.Branch => TreeLevel.Branch,
        _ => TreeLevel.SubBranch,
    };

    private Task TellParent() => S.ParentId is null ? Task.CompletedTask : GrainFactory.GetGrain<IInstitutionGrain>(S.ParentId).AddChild(Id);

    public async Task<InstitutionSnapshot?> GetSnapshot()
    {
        if (S.Name is null)
        {
            return null;
        }
        var members = new Dictionary<MemberKind, IReadOnlyList<string>>();
        foreach (var kind in Kinds)
        {
            members[kind] = await store.ReadMembersAsync(MemberGroups.Institution(Id, kind));
        }
        return new(Id, S.Name, S.Kind, S.ParentId,
            members[MemberKind.Terminal], members[MemberKind.Client], members[MemberKind.Loan], members[MemberKind.Manager], [.. S.Children]);
    }

    public Task<InstitutionNode?> GetNode() => Task.FromResult(S.Name is null ? null : new InstitutionNode(Id, S.Name, S.Kind, S.ParentId));

    public Task<bool> Exists() => Task.FromResult(S.Name is not null);

    public Task<IReadOnlyList<string>> GetChildren() => Task.FromResult<IReadOnlyList<string>>([.. S.Children]);

    public Task<IReadOnlyList<string>> GetMembers(MemberKind kind) => store.ReadMembersAsync(MemberGroups.Institution(Id, kind));

    public Task AddMember(MemberKind kind, string id) => store.WriteAsync([new MemberRow(MemberGroups.Institution(Id, kind), id)]);

    public async Task AddChild(string childId)
    {
        if (S.Children.Add(childId))
        {
            await state.WriteStateAsync();
        }
    }

}

[GenerateSerializer, Alias("bg.InstitutionDirectoryState.v1")]
public sealed class InstitutionDirectoryState
{
    [Id(0)] public SortedSet<string> Ids { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The bank's one head office (null in stores written before it was kept, until the root claims it at start).</summary>
    [Id(1)] public string? HeadOfficeId { get; set; }
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

    public async Task<bool> ClaimHeadOffice(string institutionId)
    {
        if (state.State.HeadOfficeId is null)
        {
            state.State.HeadOfficeId = institutionId;
            await state.WriteStateAsync();
        }
        return state.State.HeadOfficeId == institutionId;
    }

    public Task<string?> HeadOffice() => Task.FromResult(state.State.HeadOfficeId);
}
