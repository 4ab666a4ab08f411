namespace Actors.Domain.Collections;

public static class HandOver
{
    /// <summary>"More than 10 days overdue with several broken promises: a different collector takes over" (brief §5).</summary>
    public static bool IsRequired(int daysPastDue, int brokenPromisesWithCollector, CollectionsRules rules) =>
        daysPastDue > rules.HandOverAfterDaysPastDue && brokenPromisesWithCollector >= rules.HandOverBrokenPromises;
}
