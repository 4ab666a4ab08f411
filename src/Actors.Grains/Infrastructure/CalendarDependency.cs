using Actors.Storage;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// Which entities counted their next clock over a year's calendar: a row per entity and year (group
/// <c>calendar/{year}</c>), written in the entity's own commit when the years change, so an upload visits those entities
/// only. A loan changes its years about once a year (its oldest unpaid installment crossing New Year).
/// </summary>
internal static class CalendarDependency
{
    public static string Group(int year) => $"calendar/{year}";

    /// <summary>Stages the rows that make <paramref name="now"/> the entity's years; returns them to keep in its state.</summary>
    public static List<int> DependOn(this Grain grain, List<int> before, IEnumerable<int> now)
    {
        var years = now.Distinct().Order().ToList();
        if (years.SequenceEqual(before))
        {
            return before;
        }
        var entity = grain.EntityKey();
        foreach (var gone in before.Except(years))
        {
            grain.Stage(new MemberRow(Group(gone), entity, Present: false));
        }
        foreach (var added in years.Except(before))
        {
            grain.Stage(new MemberRow(Group(added), entity));
        }
        return years;
    }
}
