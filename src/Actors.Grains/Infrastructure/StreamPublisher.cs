using Actors.Contracts;
using Actors.Contracts.Events;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Infrastructure;

/// <summary>The one way a grain publishes: grid events, lobby deltas, board deltas and inbox nudges all go through here.</summary>
internal static partial class StreamPublisher
{
    /// <summary>
    /// Publishes after the state is durable. A failed publish is logged, not thrown: the change stands, and every reader
    /// heals from the entities' own state (a board rebuilds, a screen that sees a sequence number skip re-reads its view),
    /// and an event kept in the outbox is published again by its relay. True when every item was handed to the stream.
    /// </summary>
    public static async Task<bool> PublishAsync<T>(this Grain grain, ILogger logger, StreamId streamId, params IEnumerable<T> items)
    {
        try
        {
            var stream = grain.GetStreamProvider(GridStreams.ProviderName).GetStream<T>(streamId);
            foreach (var item in items)
            {
                await stream.OnNextAsync(item);
            }
            return true;
        }
        catch (Exception ex)
        {
            LogPublishFailed(logger, ex, streamId);
            return false;
        }
    }

    /// <summary>Grid events, each on the stream its readers listen to (<see cref="GridStreams.Of"/>), in the order given.</summary>
    public static async Task<bool> PublishAsync(this Grain grain, ILogger logger, params IEnumerable<GridEvent> events)
    {
        var all = true;
        foreach (var group in events.GroupBy(GridStreams.Of))
        {
            all &= await grain.PublishAsync(logger, group.Key, group);
        }
        return all;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish on stream {StreamId}")]
    private static partial void LogPublishFailed(ILogger logger, Exception ex, StreamId streamId);
}
