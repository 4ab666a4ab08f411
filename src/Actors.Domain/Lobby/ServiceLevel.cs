namespace Actors.Domain.Lobby;

/// <summary>
/// The lobby's waiting-time target (brief §4): a ticket is flagged once its current wait reaches the target, that
/// instant included; a wait that ends (the ticket is called) before the target is never flagged.
/// </summary>
public static class ServiceLevel
{
    public static TimeSpan Target(bool premium, LobbyRules rules) =>
        TimeSpan.FromMinutes(premium ? rules.PremiumSlaMinutes : rules.SlaMinutes);

    public static DateTimeOffset DueAt(DateTimeOffset waitingSince, bool premium, LobbyRules rules) =>
        waitingSince + Target(premium, rules);

    /// <summary>Whether a wait that started at <paramref name="waitingSince"/> and lasted until <paramref name="until"/> (now, or the call) breached.</summary>
    public static bool IsBreached(DateTimeOffset waitingSince, bool premium, DateTimeOffset until, LobbyRules rules) =>
        until >= DueAt(waitingSince, premium, rules);

    /// <summary>The earliest instant at which one of the waits not yet flagged breaches; null when none can.</summary>
    public static DateTimeOffset? NextBreachAt(IEnumerable<Wait> waits, LobbyRules rules) =>
        waits.Where(w => !w.Flagged).Select(w => (DateTimeOffset?)DueAt(w.Since, w.Premium, rules)).Min();
}

/// <summary>A ticket's current wait: since when, whether the customer is premium, whether it is already flagged.</summary>
public sealed record Wait(DateTimeOffset Since, bool Premium, bool Flagged);
