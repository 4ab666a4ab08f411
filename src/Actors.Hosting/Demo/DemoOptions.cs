namespace Actors.Hosting.Demo;

/// <summary>
/// The demo's simulated branch day, bound from configuration section "Demo": on an accelerated business clock the
/// demo network's customers, desks, borrowers and collectors act through the same grains as the API and the kiosk.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>
    /// Play the simulated days. Unset: on for the embedded store when the demo network is seeded (Grid:SeedDemo, the
    /// default), off in PostgreSql cluster mode, where every silo would otherwise play the same day on its own clock.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>How many times faster than real time business time runs: at 60 a business hour passes in a real minute.</summary>
    public double Speed { get; set; } = 60;

    /// <summary>The same seed plays the same day: arrivals, service times, who pays on time, who breaks a promise.</summary>
    public int Seed { get; set; } = 20261124;

    /// <summary>
    /// The business instant the demo clock starts at. Default: today 08:30 in the business time zone (Rules:UtcOffset).
    /// Time never goes back: a demo restarted on a store that has already lived past it opens on the next morning.
    /// </summary>
    public DateTimeOffset? StartAt { get; set; }

    /// <summary>Customers per hour arriving in each lobby on average between 09:00 and 16:30; mid-morning and mid-afternoon are busier.</summary>
    public double ArrivalsPerHour { get; set; } = 20;

    /// <summary>Loans per sub-branch with an installment falling due on each simulated day.</summary>
    public int DueLoansPerBranch { get; set; } = 4;

    /// <summary>Overdue loans per sub-branch that the collectors call each morning.</summary>
    public int CollectionCallsPerBranch { get; set; } = 6;

    /// <summary>POS sales per active terminal per day, on average, between 09:00 and 21:00.</summary>
    public double SalesPerTerminal { get; set; } = 6;

    /// <summary>Whether the day plays with this host's store settings (see <see cref="Enabled"/>).</summary>
    public bool IsEnabled(GridHostOptions grid) => Enabled ?? (grid.Store == GridStore.Embedded && grid.SeedDemo);

    /// <summary>Each setting out of range, named by its configuration key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(Speed >= 1))
        {
            problems.Add($"{SectionName}:Speed must be at least 1 (real time), not {Speed}");
        }
        if (!(ArrivalsPerHour >= 0 && ArrivalsPerHour <= 600))
        {
            problems.Add($"{SectionName}:ArrivalsPerHour must be between 0 and 600, not {ArrivalsPerHour}");
        }
        if (!(SalesPerTerminal >= 0 && SalesPerTerminal <= 500))
        {
            problems.Add($"{SectionName}:SalesPerTerminal must be between 0 and 500, not {SalesPerTerminal}");
        }
        if (DueLoansPerBranch is < 0 or > 100)
        {
            problems.Add($"{SectionName}:DueLoansPerBranch must be between 0 and 100, not {DueLoansPerBranch}");
        }
        if (CollectionCallsPerBranch is < 0 or > 100)
        {
            problems.Add($"{SectionName}:CollectionCallsPerBranch must be between 0 and 100, not {CollectionCallsPerBranch}");
        }
        return problems;
    }
}
