using Actors.Domain;
using Actors.Domain.Calendar;
using Actors.Grains.Calendars;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Actors.Hosting.Extensions;

public static partial class RulesServiceExtensions
{
    /// <summary>The bank's rules as services: options bound from configuration, the working calendar (the shipped files until the bank's book is read), the clock.</summary>
    public static IServiceCollection AddBankRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BankRulesOptions>().Bind(configuration.GetSection(BankRulesOptions.SectionName))
            .Validate(o => o.Terminals.InactivityDays > 0, "Rules:Terminals:InactivityDays must be positive")
            .Validate(o => o.Loans.ReminderWorkingDays > 0, "Rules:Loans:ReminderWorkingDays must be positive")
            .Validate(o => o.Loans.M1MaxDays < o.Loans.M2MaxDays && o.Loans.M2MaxDays < o.Loans.M3MaxDays, "Rules:Loans stage bounds must increase")
            .Validate(o => o.Clients.SilverFrom < o.Clients.GoldFrom && o.Clients.GoldFrom < o.Clients.PlatinumFrom && o.Clients.PlatinumFrom < o.Clients.DiamondFrom,
                "Rules:Clients tier thresholds must increase")
            .Validate(o => o.Collections.FollowUpWindowMinutes > 0 && o.Collections.HandOverAfterDaysPastDue >= 0
                && o.Collections.HandOverBrokenPromises > 0 && o.Collections.PromisesDueLookaheadMinutes > 0 && o.Collections.DailyCollectionTarget > 0,
                "Rules:Collections FollowUpWindowMinutes, HandOverBrokenPromises, PromisesDueLookaheadMinutes and DailyCollectionTarget must be positive, HandOverAfterDaysPastDue not negative")
            .Validate(o => o.Lobby.SlaMinutes > 0 && o.Lobby.PremiumSlaMinutes > 0 && o.Lobby.LargeAmount > 0 && o.Lobby.ClosedTicketsShown >= 0
                && o.Lobby.DefaultServiceMinutes > 0 && o.Lobby.DayEndsAt > TimeOnly.MinValue,
                "Rules:Lobby SlaMinutes, PremiumSlaMinutes, LargeAmount and DefaultServiceMinutes must be positive, ClosedTicketsShown not negative, DayEndsAt after 00:00")
            .ValidateOnStart();
        services.AddOptions<TransactionOptions>().Bind(configuration.GetSection(TransactionOptions.SectionName))
            .Validate(o => o.ReplayWindowDays > 0 && o.MaxBatchSize > 0 && o.MaxEntitiesInFlight > 0, "Transactions:ReplayWindowDays, MaxBatchSize and MaxEntitiesInFlight must be positive")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(BankRules.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.TryAddSingleton(sp =>
        {
            var directory = configuration[$"{GridHostOptions.SectionName}:{nameof(GridHostOptions.CalendarDirectory)}"]
                ?? Path.Combine(AppContext.BaseDirectory, "calendars");
            var book = CalendarBook.LoadDirectory(directory);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Actors.Calendar");
            var rules = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<BankRulesOptions>>().Value;
            var today = new BusinessClock(rules.UtcOffset).DateOf(sp.GetRequiredKeyedService<TimeProvider>(BankRules.ClockKey).GetUtcNow());
            if (!book.Current.Covers(today))
            {
                LogCalendarNotCovered(logger, today.Year, directory);
            }
            return book;
        });
        services.TryAddSingleton<BankRules>();
        return services;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No working calendar for {Year} in {Directory}: dates of that year fall back to Monday–Friday (holidays and make-up days ignored)")]
    private static partial void LogCalendarNotCovered(ILogger logger, int year, string directory);
}
