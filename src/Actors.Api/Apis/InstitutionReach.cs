using Actors.Api.Http;
using Actors.Contracts.Institutions;

namespace Actors.Api.Apis;

/// <summary>A staff member reaches their own institution and every institution beneath it (head office: all).</summary>
internal static class InstitutionReach
{
    /// <summary>Walks up from <paramref name="institutionId"/>; false for an unknown institution (so a read answers 404 either way).</summary>
    public static async Task<bool> Reaches(this SignedInStaff staff, IGrainFactory grains, string institutionId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? id = institutionId; id is not null && seen.Add(id);)
        {
            var institution = await grains.GetGrain<IInstitutionGrain>(id).GetSnapshot();
            if (institution is null)
            {
                return false;
            }
            if (institution.InstitutionId == staff.InstitutionId)
            {
                return true;
            }
            id = institution.ParentId;
        }
        return false;
    }
}
