using Actors.Domain;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Reminders;

namespace Actors.Hosting.Demo;

public static class DemoSiloExtensions
{
    /// <summary>
    /// The demo as configured: the demo network on an empty store (Grid:SeedDemo, or whenever the simulated day plays),
    /// and, when <see cref="DemoOptions.IsEnabled"/>, the simulated days on an accelerated business clock.
    /// </summary>
    public static ISiloBuilder AddDemo(this ISiloBuilder silo, IConfiguration configuration, GridHostOptions grid)
    {
        var demo = configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
        var enabled = demo.IsEnabled(grid);
        if (grid.SeedDemo || enabled)
        {
            silo.AddStartupTask<DemoNetworkSeeder>();
        }
        if (!enabled)
        {
            return silo;
        }
        if (demo.Problems() is { Count: > 0 } problems)
        {
            throw new OptionsValidationException(DemoOptions.SectionName, typeof(DemoOptions), problems);
        }
        var businessClock = new BusinessClock(configuration.GetValue<TimeSpan?>($"{BankRulesOptions.SectionName}:{nameof(BankRulesOptions.UtcOffset)}")
            ?? new BankRulesOptions().UtcOffset);
        var mark = grid.Store == GridStore.Embedded ? DemoClockMark.InDirectory(grid.DataDirectory) : DemoClockMark.None;
        var origin = DemoStart.Origin(demo.StartAt, mark.Read(), TimeProvider.System.GetUtcNow(), businessClock);
        silo.Services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        return silo.AddSimulatedDays(new AcceleratedTimeProvider(origin, demo.Speed), mark);
    }

    /// <summary>
    /// The simulated days on <paramref name="businessClock"/>: it becomes the rules' clock and the reminders' clock, so the
    /// grains' durable clocks fire on business time; Orleans' own membership, messaging and timers keep real time.
    /// </summary>
    public static ISiloBuilder AddSimulatedDays(this ISiloBuilder silo, TimeProvider businessClock, DemoClockMark? mark = null)
    {
        silo.Services.AddKeyedSingleton(BankRules.ClockKey, businessClock);
        silo.Services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, businessClock);
        silo.Services.AddOptions<DemoOptions>();
        silo.Services.AddSingleton(mark ?? DemoClockMark.None);
        silo.Services.AddSingleton<BranchDaySimulator>();
        silo.Services.AddHostedService(sp => sp.GetRequiredService<BranchDaySimulator>());
        return silo;
    }
}
