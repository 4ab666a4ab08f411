namespace Actors.Domain.Clients;

public static class VisitSchedule
{
    public static int IntervalDays(ClientTier tier, ClientRules rules) => throw new NotImplementedException();

    /// <summary>The next visit is due one interval after the last visit (or after the relationship started, if never visited).</summary>
    public static DateOnly NextVisitDue(DateOnly lastVisitOrSince, ClientTier tier, ClientRules rules) => throw new NotImplementedException();
}
