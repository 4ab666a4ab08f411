using Actors.Hosting.Demo;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Grains.Tests.Demo;

public sealed class AcceleratedTimeProviderTests
{
    private static readonly DateTimeOffset Origin = new(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void At_sixty_times_an_hour_of_business_passes_in_a_real_minute()
    {
        var real = new FakeTimeProvider();
        var demo = new AcceleratedTimeProvider(Origin, speed: 60, real);
        Assert.Equal(Origin, demo.GetUtcNow());

        real.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Origin.AddHours(1), demo.GetUtcNow());

        var started = demo.GetTimestamp();
        real.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromMinutes(30), demo.GetElapsedTime(started));
        // The screens tick at this pace between the server's readings (the Business-Time-Rate header).
        Assert.Equal((60.0, 1.0), (Actors.Contracts.BusinessTime.RateOf(demo), Actors.Contracts.BusinessTime.RateOf(real)));
    }

    [Fact]
    public void Timers_fire_after_the_business_time_they_were_set_for()
    {
        var real = new FakeTimeProvider();
        var demo = new AcceleratedTimeProvider(Origin, speed: 60, real);
        var fired = 0;
        using var timer = demo.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(15), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromSeconds(14.9));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, fired);

        timer.Change(TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        real.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(1, fired);
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, fired);
    }

    [Fact]
    public void A_speed_below_real_time_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcceleratedTimeProvider(Origin, speed: 0.5));
}
