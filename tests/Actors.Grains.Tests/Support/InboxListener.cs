using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Screens;
using Orleans.Streams;

namespace Actors.Grains.Tests.Support;

/// <summary>Hears an inbox's nudges as a screen's relay would: subscribed to its stream from the cluster client.</summary>
public static class InboxListener
{
    public static async Task<ConcurrentQueue<InboxChanged>> ListenAsync(this GridCluster grid, string inbox)
    {
        var heard = new ConcurrentQueue<InboxChanged>();
        await grid.Client.GetStreamProvider(GridStreams.ProviderName).GetStream<InboxChanged>(ScreenStreams.Inbox(inbox))
            .SubscribeAsync((n, _) =>
            {
                heard.Enqueue(n);
                return Task.CompletedTask;
            });
        return heard;
    }
}
