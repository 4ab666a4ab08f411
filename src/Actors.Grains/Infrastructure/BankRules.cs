using Actors.Contracts;
using Actors.Domain;
using Actors.Domain.Calendar;
using Actors.Grains.Calendars;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Actors.Grains.Infrastructure;

/// <summary>What every grain needs to ask the rules: the options, the working calendar, the business clock and "now".</summary>
public sealed class BankRules(
    IOptions<BankRulesOptions> options,
    IOptions<TransactionOptions> transactions,
    CalendarBook calendars,
    [FromKeyedServices(BankRules.ClockKey)] TimeProvider time)
{
    /// <summary>
    /// The business clock's service key. Tests put a fake clock here (and under the reminders' key) so the rules and
    /// the durable clocks move together, while Orleans' own membership and timers keep real time.
    /// </summary>
    public const string ClockKey = BusinessTime.ClockKey;

    public BankRulesOptions Options { get; } = options.Value;
    public TransactionOptions Transactions { get; } = transactions.Value;
    /// <summary>This silo's working calendar now (it changes when the bank uploads a year).</summary>
    public WorkingCalendar Calendar => Calendars.Current;
    public CalendarBook Calendars { get; } = calendars;
    public BusinessClock Clock { get; } = new(options.Value.UtcOffset);
    public DateTimeOffset Now => time.GetUtcNow();
    public DateOnly Today => Clock.DateOf(Now);
}
