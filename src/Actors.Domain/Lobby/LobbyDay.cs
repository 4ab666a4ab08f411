namespace Actors.Domain.Lobby;

/// <summary>
/// The lobby screen is about today (the branch's business date). Tickets leave when their day ends
/// (<see cref="LobbyDayClose"/>); closed complaints (resolved, escalated) of an earlier business date drop off at the
/// first look after local midnight, and open ones stay until someone closes them, so nothing unfinished disappears overnight.
/// </summary>
public static class LobbyDay
{
    public static bool DropsOff(DateTimeOffset closedAt, DateTimeOffset now, BusinessClock clock) =>
        clock.DateOf(closedAt) < clock.DateOf(now);

    /// <summary>Average of durations in minutes, to the hundredth; 0 when there is none.</summary>
    public static double AverageMinutes(IEnumerable<TimeSpan> durations)
    {
        var minutes = durations.Select(d => d.TotalMinutes).ToList();
        return minutes.Count == 0 ? 0 : Math.Round(minutes.Average(), 2);
    }
}
