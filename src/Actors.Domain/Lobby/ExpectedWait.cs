namespace Actors.Domain.Lobby;

/// <summary>
/// The wait a new ticket can expect, printed on it: the people ahead in its queue shared among the open desks serving
/// that service, each taking today's average service time there (before anyone has been served today, the rules'
/// <see cref="LobbyRules.DefaultServiceMinutes"/>). An estimate for the customer, in whole minutes rounded up; nobody
/// ahead is no wait. With no desk open for the service, the queue still moves once one opens: counted as one desk.
/// </summary>
public static class ExpectedWait
{
    public static int Minutes(int peopleAhead, int desksServing, double? averageServiceMinutes, LobbyRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(peopleAhead);
        if (peopleAhead == 0)
        {
            return 0;
        }
        var service = averageServiceMinutes is > 0 ? averageServiceMinutes.Value : rules.DefaultServiceMinutes;
        return (int)Math.Ceiling(peopleAhead * service / Math.Max(1, desksServing));
    }
}
