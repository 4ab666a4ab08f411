using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Screens;
using Actors.Screens.Batching;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Actors.Screens.Relay;

/// <summary>
/// Brings screen deltas from the grid's streams to the browsers connected to this host, one per host. The first join of
/// a screen here subscribes this host to that screen's stream (an explicit subscription from the co-hosted cluster
/// client); deltas are batched per screen and sent to the screen's SignalR group. Every host that serves browsers does
/// the same, so each browser hears every change whichever silo owns the screen's grain.
/// </summary>
/// <remarks>
/// Trade-off: a subscription outlives its last watcher by <see cref="ScreensOptions.IdleUnsubscribeSeconds"/>. A
/// wall board that reloads, or a lobby screen that drops its connection for a moment, comes back to a warm
/// subscription instead of a pub-sub round trip; the price is that an idle host still receives (and drops) the deltas
/// of screens it showed recently. A host that dies without stopping leaves its subscriptions in the pub-sub store
/// until delivery to it fails and Orleans removes them.
/// </remarks>
public sealed partial class ScreenRelay(
    IClusterClient cluster,
    IHubContext<ScreensHub> hub,
    IOptions<ScreensOptions> options,
    TimeProvider time,
    ILogger<ScreenRelay> logger) : IHostedService, IAsyncDisposable
{
    private readonly ConcurrentDictionary<ScreenKey, ScreenFeed> _feeds = new();
    private readonly ScreensOptions _options = options.Value;
    private ITimer? _sweep;
    private int _sweeping;

    /// <summary>Records that a connection watches a screen and makes sure this host receives the screen's deltas.</summary>
    public async Task WatchAsync(ScreenKey key, string connectionId)
    {
        while (true)
        {
            var feed = _feeds.GetOrAdd(key, CreateFeed);
            if (!feed.TryWatch(connectionId))
            {
                // Retired by the idle sweep between the lookup and now: make a fresh one.
                _feeds.TryRemove(new(key, feed));
                continue;
            }
            try
            {
                await feed.EnsureSubscribedAsync();
            }
            catch (Exception ex)
            {
                LogSubscribeFailed(logger, ex, key.Group);
                throw new HubException($"The {key.Kind.ToString().ToLowerInvariant()} screen '{key.Id}' cannot be followed right now; join again in a moment.");
            }
            return;
        }
    }

    public void Unwatch(ScreenKey key, string connectionId)
    {
        if (_feeds.TryGetValue(key, out var feed))
        {
            feed.Unwatch(connectionId, time.GetUtcNow());
        }
    }

    /// <summary>A closed connection watches nothing any more.</summary>
    public void ConnectionClosed(string connectionId)
    {
        var now = time.GetUtcNow();
        foreach (var feed in _feeds.Values)
        {
            feed.Unwatch(connectionId, now);
        }
    }

    private ScreenFeed CreateFeed(ScreenKey key)
    {
        var streams = cluster.GetStreamProvider(GridStreams.ProviderName);
        var now = time.GetUtcNow();
        return key.Kind switch
        {
            ScreenKind.Lobby => Feed<LobbyDelta>(LobbyDeltaMerge.TryMerge),
            ScreenKind.Board => Feed<BoardDelta>(BoardDeltaMerge.TryMerge),
            // The hall hears the lobby's stream, but only as nudges: a batch of changes is one "read again", no data.
            ScreenKind.Hall => Feed<LobbyDelta>((_, later) => later, d => new HallChanged(d.BranchId, d.At)),
            _ => Feed<InboxChanged>(InboxNudgeMerge.TryMerge),
        };

        ScreenFeed Feed<TDelta>(Func<TDelta, TDelta, TDelta?> tryMerge, Func<TDelta, object>? wire = null) where TDelta : class =>
            new ScreenFeed<TDelta>(key, now, streams.GetStream<TDelta>(key.Stream), Batcher(key, tryMerge, wire ?? (d => d)), StreamFailed(key));
    }

    /// <param name="wire">What goes to the screens for a (merged) delta: the delta itself, or a nudge in its place.</param>
    private DeltaBatcher<TDelta> Batcher<TDelta>(ScreenKey key, Func<TDelta, TDelta, TDelta?> tryMerge, Func<TDelta, object> wire) where TDelta : class =>
        new(tryMerge,
            async (runs, received, ct) =>
            {
                var group = hub.Clients.Group(key.Group);
                foreach (var delta in runs)
                {
                    await group.SendAsync(key.EventName, wire(delta), ct);
                }
                LogBatchSent(logger, key.Group, received, runs.Count);
            },
            ex => LogSendFailed(logger, ex, key.Group),
            _options.BatchWindow,
            _options.MaxBatch,
            time,
            (deltas, oldestPostedAt) => ScreenMetrics.BatchSent(key.Kind, deltas, oldestPostedAt));

    private Func<Exception, Task> StreamFailed(ScreenKey key) => ex =>
    {
        LogStreamFailed(logger, ex, key.Group);
        return Task.CompletedTask;
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromTicks(Math.Min(_options.IdleUnsubscribeAfter.Ticks / 2, TimeSpan.FromMinutes(1).Ticks));
        _sweep = time.CreateTimer(_ => _ = RetireIdleAsync(), null, period, period);
        return Task.CompletedTask;
    }

    /// <summary>Unsubscribes the screens nobody on this host has watched for the idle time (one sweep at a time).</summary>
    public async Task RetireIdleAsync()
    {
        if (Interlocked.Exchange(ref _sweeping, 1) == 1)
        {
            return;
        }
        try
        {
            var now = time.GetUtcNow();
            foreach (var feed in _feeds.Values.Where(f => f.TryRetire(now, _options.IdleUnsubscribeAfter)).ToList())
            {
                _feeds.TryRemove(new(feed.Key, feed));
                await DisposeFeedAsync(feed);
                LogRetired(logger, feed.Key.Group);
            }
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_sweep is not null)
        {
            await _sweep.DisposeAsync();
            _sweep = null;
        }
        foreach (var key in _feeds.Keys.ToList())
        {
            if (_feeds.TryRemove(key, out var feed))
            {
                await DisposeFeedAsync(feed);
            }
        }
    }

    private async Task DisposeFeedAsync(ScreenFeed feed)
    {
        try
        {
            await feed.DisposeAsync();
        }
        catch (Exception ex)
        {
            LogUnsubscribeFailed(logger, ex, feed.Key.Group);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe this host to the deltas of {Group}")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception ex, string group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not unsubscribe this host from the deltas of {Group}")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception ex, string group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The delta stream of {Group} failed")]
    private static partial void LogStreamFailed(ILogger logger, Exception ex, string group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send deltas to {Group}; its screens resync on the next delta")]
    private static partial void LogSendFailed(ILogger logger, Exception ex, string group);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent {Received} deltas to {Group} as {Sent} messages")]
    private static partial void LogBatchSent(ILogger logger, string group, int received, int sent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unsubscribed this host from the deltas of {Group}: nobody here has watched it for a while")]
    private static partial void LogRetired(ILogger logger, string group);
}
