using Actors.Contracts.Managers;
using Actors.Grains.Institutions;
using Orleans.Concurrency;

namespace Actors.Grains.Managers;

/// <summary>Reads the institution's tree and its staff on demand: nothing is stored, so nothing goes stale.</summary>
[StatelessWorker]
public sealed class StaffDirectoryGrain : Grain, IStaffDirectoryGrain
{
    public async Task<StaffPage?> Find(StaffFilter filter)
    {
        if (await InstitutionTree.ReadAsync(GrainFactory, this.GetPrimaryKeyString()) is not { } tree)
        {
            return null;
        }
        var names = tree.ToDictionary(i => i.InstitutionId, i => i.Name, StringComparer.Ordinal);
        var staff = await Task.WhenAll(tree.SelectMany(i => i.Managers).Distinct(StringComparer.Ordinal)
            .Select(id => GrainFactory.GetGrain<IManagerGrain>(id).GetSnapshot()));
        var matches = staff.OfType<ManagerSnapshot>()
            .Where(s => filter.Role is not { } role || s.Roles.Contains(role))
            .Where(s => string.IsNullOrWhiteSpace(filter.Name) || Contains(s.Name, filter.Name) || Contains(s.NameZh, filter.Name) || Contains(s.ManagerId, filter.Name))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.ManagerId, StringComparer.Ordinal)
            .ToList();
        var page = matches.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Select(s => new StaffEntry(s.ManagerId, s.Name, s.NameZh, s.InstitutionId, names.GetValueOrDefault(s.InstitutionId, s.InstitutionId), s.Roles));
        return new StaffPage([.. page], filter.Page, filter.PageSize, matches.Count);
    }

    private static bool Contains(string? text, string part) => text?.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase) == true;
}
