using Actors.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.Reminders;

namespace Actors.Testing;

/// <summary>Shared by the API and Browser tests (linked into both): a silo whose business time a test moves.</summary>
public static class FakeBusinessClock
{
    /// <summary>
    /// The business clock and the durable clocks (reminders) follow <paramref name="clock"/>, as in the grain tests; every
    /// reminder is loaded as it is registered, so moving the fake clock fires it at its instant instead of after the
    /// periodic table refresh (which keeps real time).
    /// </summary>
    public static IServiceCollection UseFakeBusinessClock(this IServiceCollection services, FakeTimeProvider clock)
    {
        services.AddKeyedSingleton<TimeProvider>(BusinessTime.ClockKey, clock);
        services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);
        services.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(400));
        return services;
    }
}
