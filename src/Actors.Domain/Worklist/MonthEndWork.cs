namespace Actors.Domain.Worklist;

/// <summary>The month-end lists on a worklist (brief §2: the inactive-terminal list goes to the team leads to re-activate).</summary>
public static class MonthEndWork
{
    /// <summary>
    /// The last closed month's inactive-terminal list of the owner's institution, as one item (id = the month "yyyy-MM",
    /// detail = how many terminals), until the next month end replaces it; none when no terminal was inactive.
    /// </summary>
    public static WorklistEntry? InactiveList(string institutionId, string institutionName, string month, int terminals, string ownerId) =>
        terminals == 0 ? null : new(WorklistKind.MonthEndList, month, institutionName, institutionId, null, terminals.ToString(System.Globalization.CultureInfo.InvariantCulture), ownerId);

    /// <summary>
    /// The management department's warning that a year's working calendar is missing (id = the year, detail = how many
    /// due dates of the loans it sees already fall in it), until the year is uploaded.
    /// </summary>
    public static WorklistEntry CalendarMissing(int year, int dueDates, string institutionId, string ownerId) =>
        new(WorklistKind.CalendarMissing, year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"The working-day calendar of {year} is not loaded", institutionId, null, dueDates.ToString(System.Globalization.CultureInfo.InvariantCulture), ownerId);
}
