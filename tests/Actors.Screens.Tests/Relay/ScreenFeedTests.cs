using Actors.Screens.Relay;
using static Actors.Screens.Tests.Support.Deltas;

namespace Actors.Screens.Tests.Relay;

/// <summary>When a host stops following a screen: only after nobody here has watched it for the idle time.</summary>
public sealed class ScreenFeedTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    /// <summary>A feed with no stream behind it: these tests are about who watches it and when it retires.</summary>
    private sealed class Feed() : ScreenFeed(ScreenKey.Lobby("B1"), T0)
    {
        public int Subscriptions { get; private set; }

        protected override Task SubscribeAsync()
        {
            Subscriptions++;
            return Subscriptions == 1 ? Task.FromException(new InvalidOperationException("silo busy")) : Task.CompletedTask;
        }

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public void A_watched_feed_never_retires()
    {
        var feed = new Feed();
        feed.TryWatch("c1");

        Assert.False(feed.TryRetire(T0.AddDays(1), Idle));
    }

    [Fact]
    public void A_feed_retires_once_nobody_has_watched_it_for_the_idle_time_counted_from_the_last_leave()
    {
        var feed = new Feed();
        feed.TryWatch("c1");
        feed.TryWatch("c2");
        feed.Unwatch("c1", T0.AddMinutes(1));
        feed.Unwatch("c2", T0.AddMinutes(5));

        Assert.False(feed.TryRetire(T0.AddMinutes(14), Idle));
        Assert.True(feed.TryRetire(T0.AddMinutes(15), Idle));
        Assert.False(feed.TryRetire(T0.AddMinutes(16), Idle));
    }

    [Fact]
    public void A_retired_feed_takes_no_new_watchers_so_a_join_makes_a_fresh_one()
    {
        var feed = new Feed();
        Assert.True(feed.TryRetire(T0.Add(Idle), Idle));

        Assert.False(feed.TryWatch("c1"));
    }

    [Fact]
    public async Task A_failed_subscription_is_tried_again_by_the_next_join_and_a_good_one_is_kept()
    {
        var feed = new Feed();

        await Assert.ThrowsAsync<InvalidOperationException>(feed.EnsureSubscribedAsync);
        await feed.EnsureSubscribedAsync();
        await feed.EnsureSubscribedAsync();

        Assert.Equal(2, feed.Subscriptions);
    }
}
