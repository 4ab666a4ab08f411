namespace Actors.Contracts;

/// <summary>
/// The bank's business clock is a keyed <see cref="TimeProvider"/> service: the grains' rules, the durable clocks and
/// the API's defaults and checks all read it, so a test's fake clock or the demo's accelerated one moves them together.
/// </summary>
public static class BusinessTime
{
    public const string ClockKey = "BranchGrid.BusinessClock";
}
