using Actors.Contracts.Institutions;

namespace Actors.Testing;

/// <summary>
/// The bank's tree is sound (one head office at the root, a branch under it, a sub-branch under a branch), so tests
/// hang their institutions under the store's one head office, registered by the first test that needs it.
/// Linked into the test projects that register institutions through the grains.
/// </summary>
public static class BankRoot
{
    /// <summary>The id the first test gives the head office (as the demo names it).</summary>
    public const string HeadOffice = "HO";

    /// <summary>The store's head office, registered when there is none yet.</summary>
    public static async Task<string> HeadOfficeAsync(IGrainFactory grains)
    {
        if (await grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).HeadOffice() is { } known)
        {
            return known;
        }
        var registered = await grains.GetGrain<IInstitutionGrain>(HeadOffice).Register(new("Head Office", InstitutionKind.HeadOffice, null));
        // Another test may have registered it a moment before, under its own name: whichever did, it is the root.
        return await grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).HeadOffice()
            ?? throw new InvalidOperationException($"no head office: {registered.Refusal?.Detail.En}");
    }

    /// <summary>A new branch <paramref name="id"/> of the head office (a fresh id when none is given).</summary>
    public static async Task<string> BranchAsync(IGrainFactory grains, string? id = null, string name = "Test Branch")
    {
        id ??= $"BR-{Guid.NewGuid():N}"[..15];
        Ok(await grains.GetGrain<IInstitutionGrain>(id).Register(new(name, InstitutionKind.Branch, await HeadOfficeAsync(grains))), id);
        return id;
    }

    /// <summary>A new sub-branch <paramref name="id"/> under <paramref name="branchId"/> (under a new branch when none is given).</summary>
    public static async Task<string> SubBranchAsync(IGrainFactory grains, string id, string? branchId = null, string name = "Test Sub-branch")
    {
        branchId ??= await BranchAsync(grains);
        Ok(await grains.GetGrain<IInstitutionGrain>(id).Register(new(name, InstitutionKind.SubBranch, branchId)), id);
        return id;
    }

    private static void Ok(Actors.Contracts.Outcome<InstitutionSnapshot> registered, string id)
    {
        if (registered.Refusal is { } refusal)
        {
            throw new InvalidOperationException($"institution {id}: {refusal.Detail.En}");
        }
    }
}
