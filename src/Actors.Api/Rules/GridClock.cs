using Actors.Contracts;
using Actors.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Actors.Api.Rules;

/// <summary>Today and now on the business clock (never the server's), for the date rules of requests and the handlers' defaults.</summary>
public sealed class GridClock([FromKeyedServices(BusinessTime.ClockKey)] TimeProvider time, IOptions<BankRulesOptions> rules, IOptions<TransactionOptions> transactions)
{
    /// <summary>How far ahead of the business clock an upstream system's instant may be (its clock and ours differ a little).</summary>
    public TimeSpan MaxClockSkew => transactions.Value.MaxClockSkew;

    private readonly BusinessClock _clock = new(rules.Value.UtcOffset);

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => _clock.DateOf(Now);

    public DateOnly DateOf(DateTimeOffset instant) => _clock.DateOf(instant);

    /// <summary>00:00 of a business date, as an instant.</summary>
    public DateTimeOffset StartOf(DateOnly date) => _clock.StartOf(date);
}
