using System.Globalization;

namespace Actors.Contracts;

/// <summary>
/// The bank's business clock is a keyed <see cref="TimeProvider"/> service: the grains' rules, the durable clocks and
/// the API's defaults and checks all read it, so a test's fake clock or the demo's accelerated one moves them together.
/// </summary>
public static class BusinessTime
{
    public const string ClockKey = "BranchGrid.BusinessClock";

    /// <summary>Every API response carries the business "now" (ISO 8601, UTC) in this header, for the screens' one clock.</summary>
    public const string NowHeader = "Business-Time";

    /// <summary>Business seconds per real second (1, or the demo's speed), so a screen ticks at the business clock's pace.</summary>
    public const string RateHeader = "Business-Time-Rate";

    /// <summary>How fast a business clock runs against real time: its own pace if it says, else real time.</summary>
    public static double RateOf(TimeProvider clock) => clock is IPacedClock paced ? paced.Speed : 1;

    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Format(double rate) => rate.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>A business clock that runs at a pace of its own (the demo's accelerated clock).</summary>
public interface IPacedClock
{
    /// <summary>Business seconds per real second.</summary>
    double Speed { get; }
}
