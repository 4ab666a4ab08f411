namespace Actors.Domain.Lobby;

/// <summary>
/// The lobby screen is about today (the branch's business date). Closed tickets (finished, no-show) and closed
/// complaints (resolved, escalated) of an earlier business date drop off at the first look after local midnight;
/// open ones stay until someone closes them, so nothing unfinished disappears overnight.
/// </summary>
public static class LobbyDay
{
    public static bool DropsOff(DateTimeOffset closedAt, DateTimeOffset now, BusinessClock clock) =>
        clock.DateOf(closedAt) < clock.DateOf(now);

    /// <summary>Local midnight after <paramref name="now"/>: when today's closed items drop off and today's figures restart.</summary>
    public static DateTimeOffset NextRolloverAt(DateTimeOffset now, BusinessClock clock) =>
        clock.StartOf(clock.DateOf(now).AddDays(1));

    /// <summary>Average of durations in minutes, to the hundredth; 0 when there is none.</summary>
    public static double AverageMinutes(IEnumerable<TimeSpan> durations)
    {
        var minutes = durations.Select(d => d.TotalMinutes).ToList();
        return minutes.Count == 0 ? 0 : Math.Round(minutes.Average(), 2);
    }
}
