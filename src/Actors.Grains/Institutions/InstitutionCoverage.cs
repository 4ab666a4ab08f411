using Actors.Contracts.Institutions;

namespace Actors.Grains.Institutions;

/// <summary>
/// Whether staff of one institution cover another: their own institution and every one beneath it, by the position in
/// the tree, never by kind (the same rule as the API's sign-in scope; the head office covers all as the root).
/// </summary>
internal static class InstitutionCoverage
{
    /// <summary>Far deeper than head office → branch → sub-branch; stops a corrupted loop in the tree.</summary>
    private const int MaxDepth = 16;

    public static async Task<bool> CoversAsync(IGrainFactory grains, string staffInstitutionId, string institutionId)
    {
        string? id = institutionId;
        for (var depth = 0; id is not null && depth < MaxDepth; depth++)
        {
            if (id == staffInstitutionId)
            {
                return true;
            }
            id = (await grains.GetGrain<IInstitutionGrain>(id).GetSnapshot())?.ParentId;
        }
        return false;
    }
}
