using System.ComponentModel.DataAnnotations;

namespace Actors.Screens;

/// <summary>How this host relays screen deltas to browsers; bound from configuration section "Screens".</summary>
public sealed class ScreensOptions
{
    public const string SectionName = "Screens";

    /// <summary>
    /// A batch of deltas is sent at most this long after its first delta arrived (our default: 50 ms). At most 1,000:
    /// the brief wants every screen to change within a second of the transaction.
    /// </summary>
    [Range(1, 1000)]
    public int BatchMilliseconds { get; set; } = 50;

    /// <summary>A batch is sent at once when it holds this many deltas, window or not (our default: 500).</summary>
    [Range(1, 100_000)]
    public int MaxBatch { get; set; } = 500;

    /// <summary>
    /// A screen nobody on this host has watched for this long loses its stream subscription here (our default: 10
    /// minutes), so a host stops receiving the deltas of screens it once showed; the next join subscribes again.
    /// </summary>
    [Range(1, 86_400)]
    public int IdleUnsubscribeSeconds { get; set; } = 600;

    public TimeSpan BatchWindow => TimeSpan.FromMilliseconds(BatchMilliseconds);

    public TimeSpan IdleUnsubscribeAfter => TimeSpan.FromSeconds(IdleUnsubscribeSeconds);
}
