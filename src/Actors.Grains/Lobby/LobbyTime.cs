using Actors.Domain;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>What time alone does to a lobby: waits reach their target, and closed items of earlier days drop off.</summary>
internal static class LobbyTime
{
    /// <summary>Brings the state to <paramref name="now"/>; true when anything changed.</summary>
    public static bool CatchUp(LobbyState s, DateTimeOffset now, LobbyRules rules, BusinessClock clock)
    {
        var changed = false;
        foreach (var t in s.Tickets.Where(t => t.IsWaiting && !t.SlaBreached && ServiceLevel.IsBreached(t.WaitingSince, t.Premium, now, rules)))
        {
            t.SlaBreached = changed = true;
        }
        changed |= s.Tickets.RemoveAll(t => t.IsClosed && LobbyDay.DropsOff(t.ClosedAt!.Value, now, clock)) > 0;
        changed |= s.Complaints.RemoveAll(c => c.IsClosed && LobbyDay.DropsOff(c.ClosedAt!.Value, now, clock)) > 0;
        return changed;
    }

    /// <summary>The lobby's one clock: the next wait to reach its target, or midnight if anything closed is on the screen.</summary>
    public static DateTimeOffset? NextClockAt(LobbyState s, DateTimeOffset now, LobbyRules rules, BusinessClock clock)
    {
        var breach = ServiceLevel.NextBreachAt(s.Tickets.Where(t => t.IsWaiting).Select(t => new Wait(t.WaitingSince, t.Premium, t.SlaBreached)), rules);
        DateTimeOffset? rollover = s.Tickets.Any(t => t.IsClosed) || s.Complaints.Any(c => c.IsClosed) ? LobbyDay.NextRolloverAt(now, clock) : null;
        return breach is null ? rollover : rollover is null ? breach : breach < rollover ? breach : rollover;
    }
}
