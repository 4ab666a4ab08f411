namespace Actors.Hosting.Demo;

/// <summary>
/// The simulated day's timetable, in the branch's local time. The 18:00 cut-off is not here: it is the loans' own
/// rule (Rules:Loans:CutOff), and the script only decides who pays before it and who does not.
/// </summary>
internal static class BranchDayTimes
{
    /// <summary>The back office reads the network and books the loans falling due today.</summary>
    public static readonly TimeOnly Preparation = new(8, 30);

    /// <summary>Desks open; a simulator that starts later than this waits for the next morning.</summary>
    public static readonly TimeOnly Opening = new(9, 0);

    /// <summary>The kiosk issues tickets from opening until then.</summary>
    public static readonly TimeOnly LastArrival = new(16, 30);

    /// <summary>No desk sends a customer on to another queue after this: the desks that would serve it are closing.</summary>
    public static readonly TimeOnly LastTransfer = new(16, 45);

    /// <summary>Desks close as soon as they have nobody left to call.</summary>
    public static readonly TimeOnly Closing = new(17, 0);

    /// <summary>
    /// Customers still come in after the desks have closed, until then: nobody calls them, and the branch's end of day
    /// (Rules:Lobby:DayEndsAt, 18:30) closes their tickets as not served.
    /// </summary>
    public static readonly TimeOnly LastLateArrival = new(18, 20);

    /// <summary>POS terminals keep selling in the evening.</summary>
    public static readonly TimeOnly LastSale = new(21, 0);

    /// <summary>Arrivals per hour relative to <see cref="DemoOptions.ArrivalsPerHour"/>, hour by hour from 09:00: mid-morning and mid-afternoon peaks.</summary>
    public static readonly IReadOnlyList<double> ArrivalProfile = [0.8, 1.3, 1.5, 1.0, 0.8, 1.2, 1.0, 0.6];
}
