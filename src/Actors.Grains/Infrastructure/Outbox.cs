using Actors.Contracts.Events;
using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// The transactional outbox from the grain's side (docs/events.md): an event staged here commits with the grain's next
/// state write. The grain publishes it as soon as the write is durable and stages its removal into its following write;
/// if the grain dies first, or the publish fails, the bucket's <see cref="OutboxRelayGrain"/> publishes it later.
/// </summary>
public static class Outbox
{
    public static int BucketOf(GrainId grainId) => (int)(grainId.GetUniformHashCode() % IOutboxRelayGrain.Count);

    /// <summary>Stages <paramref name="e"/> as event <paramref name="sequence"/> of this grain, and makes sure its bucket's relay watches.</summary>
    internal static OutboxRow Keep(this Grain grain, GridEvent e, long sequence, DateTimeOffset now)
    {
        var services = grain.GrainContext.ActivationServices;
        var payload = services.GetRequiredService<Serializer>().SerializeToArray(e);
        var row = new OutboxRow(grain.EntityKey(), sequence, BucketOf(grain.GetGrainId()), now, payload);
        grain.Stage(row);
        if (grain.GrainContext.GetComponent<RelayWatching>() is null)
        {
            grain.GrainContext.SetComponent(new RelayWatching());
            services.GetRequiredService<IGrainFactory>().GetGrain<IOutboxRelayGrain>(row.Bucket).Watch().Ignore();
        }
        return row;
    }

    /// <summary>The event was published: its row goes with the grain's next write (the relay may publish it once more before then).</summary>
    internal static void Delivered(this Grain grain, OutboxRow row) => grain.Stage(row with { Payload = null });

    /// <summary>Marks an activation that has told its relay to watch (once per activation is enough: the relay keeps a reminder).</summary>
    private sealed class RelayWatching;
}
