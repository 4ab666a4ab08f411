using Actors.Domain.Clients;

namespace Actors.Domain;

/// <summary>The branch lobby's thresholds (brief §4), bound from "Rules:Lobby".</summary>
public sealed class LobbyRules
{
    /// <summary>A waiting ticket is flagged once it has waited this long, that instant included (our default: 15 minutes).</summary>
    public int SlaMinutes { get; set; } = 15;

    /// <summary>The same target for a premium (VIP) customer (our default: 5 minutes).</summary>
    public int PremiumSlaMinutes { get; set; } = 5;

    /// <summary>A declared cash, remittance, FX, prepayment, deposit-certificate or investment amount this large or larger is a premium signal, CNY (our default: 200,000).</summary>
    public decimal LargeAmount { get; set; } = 200_000m;

    /// <summary>A known client of this tier or above is premium ("already Gold or above").</summary>
    public ClientTier PremiumFromTier { get; set; } = ClientTier.Gold;

    /// <summary>
    /// The branch's end of day, local business time (our default: 18:30): tickets still open then close as not served at
    /// close, desks are released and closed, and the day's figures count them. A customer let in after it is still not
    /// carried into the next day: whatever is open at midnight closes then.
    /// </summary>
    public TimeOnly DayEndsAt { get; set; } = new(18, 30);

    /// <summary>A desk serves a customer in this long when it has served nobody yet today, for the ticket's expected wait (our default: 5 minutes).</summary>
    public double DefaultServiceMinutes { get; set; } = 5;

    /// <summary>The screen shows every open ticket but only this many of today's finished and no-show tickets, newest first (our default).</summary>
    public int ClosedTicketsShown { get; set; } = 20;
}
