using Actors.Contracts;
using Actors.Contracts.Events;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Infrastructure;

/// <summary>The one way a grain publishes: grid events, lobby deltas, board deltas and inbox nudges all go through here.</summary>
internal static partial class StreamPublisher
{
    /// <summary>
    /// Publishes after the state is durable. A failed publish is logged, not thrown: the change stands, and every reader
    /// heals from the entities' own state (a board rebuilds, a screen that sees a sequence number skip re-reads its view).
    /// </summary>
    public static async Task PublishAsync<T>(this Grain grain, ILogger logger, StreamId streamId, params IEnumerable<T> items)
    {
        try
        {
            var stream = grain.GetStreamProvider(GridStreams.ProviderName).GetStream<T>(streamId);
            foreach (var item in items)
            {
                await stream.OnNextAsync(item);
            }
        }
        catch (Exception ex)
        {
            LogPublishFailed(logger, ex, streamId);
        }
    }

    /// <summary>Grid events, each on the stream its readers listen to (<see cref="GridStreams.Of"/>), in the order given.</summary>
    public static async Task PublishAsync(this Grain grain, ILogger logger, params IEnumerable<GridEvent> events)
    {
        foreach (var group in events.GroupBy(GridStreams.Of))
        {
            await grain.PublishAsync(logger, group.Key, group);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish on stream {StreamId}")]
    private static partial void LogPublishFailed(ILogger logger, Exception ex, StreamId streamId);
}
