using Actors.Contracts;
using Actors.Contracts.Screens;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Lobby;

internal static partial class LobbyDeltaPublisher
{
    /// <summary>
    /// Publishes after the state is durable. A failed publish is logged, not thrown: the change stands, and a screen
    /// that misses a delta sees the next one's FromSeq differ from its own seq and re-reads the view.
    /// </summary>
    public static async Task PublishAsync(this Grain grain, ILogger logger, LobbyDelta delta)
    {
        try
        {
            await grain.GetStreamProvider(GridStreams.ProviderName).GetStream<LobbyDelta>(ScreenStreams.Lobby(delta.BranchId)).OnNextAsync(delta);
        }
        catch (Exception ex)
        {
            LogPublishFailed(logger, ex, delta.BranchId, delta.Seq);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish lobby delta {Seq} of branch {BranchId}")]
    private static partial void LogPublishFailed(ILogger logger, Exception ex, string branchId, long seq);
}
