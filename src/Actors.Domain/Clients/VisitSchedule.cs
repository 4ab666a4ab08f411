namespace Actors.Domain.Clients;

public static class VisitSchedule
{
    public static int IntervalDays(ClientTier tier, ClientRules rules) => tier switch
    {
        ClientTier.Diamond => rules.DiamondVisitDays,
        ClientTier.Platinum => rules.PlatinumVisitDays,
        ClientTier.Gold => rules.GoldVisitDays,
        ClientTier.Silver => rules.SilverVisitDays,
        ClientTier.Bronze => rules.BronzeVisitDays,
        ClientTier.Unrated => rules.UnratedVisitDays,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown client tier."),
    };

    /// <summary>The next visit is due one interval after the last visit (or after the relationship started, if never visited).</summary>
    public static DateOnly NextVisitDue(DateOnly lastVisitOrSince, ClientTier tier, ClientRules rules) =>
        lastVisitOrSince.AddDays(IntervalDays(tier, rules));
}
