namespace Actors.Domain;

/// <summary>How transactions are accepted; bound from configuration section "Transactions".</summary>
public sealed class TransactionOptions
{
    public const string SectionName = "Transactions";

    /// <summary>
    /// Each entity remembers the ids it applied for this long, so any redelivery inside the window is answered
    /// with the first outcome; a transaction older than the window is refused (to reconciliation) rather than
    /// risk applying it twice. Our default: 7 days.
    /// </summary>
    public int ReplayWindowDays { get; set; } = 7;

    /// <summary>Largest batch the API accepts in one call.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>How many entities of one batch are applied at the same time (the rest wait their turn).</summary>
    public int MaxEntitiesInFlight { get; set; } = 16;

    /// <summary>How far in the future a business timestamp may be (clock skew between systems).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
