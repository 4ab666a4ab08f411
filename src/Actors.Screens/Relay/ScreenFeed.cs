using Actors.Screens.Batching;
using Orleans.Streams;

namespace Actors.Screens.Relay;

/// <summary>
/// One screen's deltas on this host: the stream subscription, its batcher, and the connections here that watch it.
/// A feed is retired (unsubscribed) once nobody has watched it for a while; a retired feed takes no new watchers, so a
/// join that races the retirement makes a fresh feed instead.
/// </summary>
internal abstract class ScreenFeed(ScreenKey key, DateTimeOffset createdAt) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _watchers = [];
    private DateTimeOffset _emptySince = createdAt;
    private bool _retired;
    private Task? _subscribed;

    public ScreenKey Key { get; } = key;

    public bool TryWatch(string connectionId)
    {
        lock (_gate)
        {
            if (_retired)
            {
                return false;
            }
            _watchers.Add(connectionId);
            return true;
        }
    }

    public void Unwatch(string connectionId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_watchers.Remove(connectionId) && _watchers.Count == 0)
            {
                _emptySince = now;
            }
        }
    }

    /// <summary>True (once) when nobody has watched this feed for <paramref name="idleAfter"/>: the caller then disposes it.</summary>
    public bool TryRetire(DateTimeOffset now, TimeSpan idleAfter)
    {
        lock (_gate)
        {
            if (_retired || _watchers.Count > 0 || now - _emptySince < idleAfter)
            {
                return false;
            }
            _retired = true;
            return true;
        }
    }

    /// <summary>Subscribes once; a failed subscription is tried again by the next caller.</summary>
    public Task EnsureSubscribedAsync()
    {
        lock (_gate)
        {
            if (_subscribed is null || _subscribed.IsFaulted || _subscribed.IsCanceled)
            {
                _subscribed = SubscribeAsync();
            }
            return _subscribed;
        }
    }

    protected bool IsSubscribed
    {
        get
        {
            lock (_gate)
            {
                return _subscribed is { IsCompletedSuccessfully: true };
            }
        }
    }

    protected abstract Task SubscribeAsync();

    public abstract ValueTask DisposeAsync();
}

internal sealed class ScreenFeed<TDelta>(ScreenKey key, DateTimeOffset createdAt, IAsyncStream<TDelta> stream, DeltaBatcher<TDelta> batcher, Func<Exception, Task> streamFailed)
    : ScreenFeed(key, createdAt) where TDelta : class
{
    private StreamSubscriptionHandle<TDelta>? _subscription;

    protected override async Task SubscribeAsync() =>
        _subscription = await stream.SubscribeAsync(
            (delta, _) =>
            {
                batcher.Post(delta);
                return Task.CompletedTask;
            },
            streamFailed);

    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (IsSubscribed && _subscription is not null)
            {
                await _subscription.UnsubscribeAsync();
            }
        }
        finally
        {
            await batcher.DisposeAsync();
        }
    }
}
