using Actors.Contracts.Institutions;

namespace Actors.Grains.Institutions;

/// <summary>Reads an institution and every institution below it, breadth first, each once.</summary>
internal static class InstitutionTree
{
    public static async Task<IReadOnlyList<InstitutionSnapshot>?> ReadAsync(IGrainFactory grains, string institutionId)
    {
        var root = await grains.GetGrain<IInstitutionGrain>(institutionId).GetSnapshot();
        if (root is null)
        {
            return null;
        }
        var all = new List<InstitutionSnapshot>();
        var pending = new Queue<InstitutionSnapshot>([root]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.InstitutionId };
        while (pending.TryDequeue(out var institution))
        {
            all.Add(institution);
            var children = await Task.WhenAll(institution.Children.Where(seen.Add).Select(c => grains.GetGrain<IInstitutionGrain>(c).GetSnapshot()));
            foreach (var child in children.OfType<InstitutionSnapshot>())
            {
                pending.Enqueue(child);
            }
        }
        return all;
    }

    /// <summary>The ids of an institution and every institution below it, breadth first, without reading their registers.</summary>
    public static async Task<IReadOnlyList<string>> IdsAsync(IGrainFactory grains, string institutionId)
    {
        var all = new List<string>();
        var level = new List<string> { institutionId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { institutionId };
        while (level.Count > 0)
        {
            all.AddRange(level);
            var children = await Task.WhenAll(level.Select(id => grains.GetGrain<IInstitutionGrain>(id).GetChildren()));
            level = [.. children.SelectMany(c => c).Where(seen.Add)];
        }
        return all;
    }
}
