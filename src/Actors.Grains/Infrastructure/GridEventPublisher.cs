using Actors.Contracts;
using Actors.Contracts.Events;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Actors.Grains.Infrastructure;

internal static partial class GridEventPublisher
{
    /// <summary>
    /// Publishes after the state is durable. A failed publish is logged, not thrown: the change stands, and
    /// screens and boards rebuild from the entities' own state, so a lost event cannot leave them wrong for good.
    /// </summary>
    public static async Task PublishAsync(this Grain grain, ILogger logger, params GridEvent[] events)
    {
        foreach (var group in events.GroupBy(e => e.InstitutionId))
        {
            try
            {
                var stream = grain.GetStreamProvider(GridStreams.ProviderName).GetStream<GridEvent>(GridStreams.ForInstitution(group.Key));
                foreach (var evt in group)
                {
                    await stream.OnNextAsync(evt);
                }
            }
            catch (Exception ex)
            {
                LogPublishFailed(logger, ex, group.Key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish grid events for institution {InstitutionId}")]
    private static partial void LogPublishFailed(ILogger logger, Exception ex, string institutionId);
}
