using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Actors.Screens;

/// <summary>What this host's live screens report (meter <see cref="MeterName"/>), for the operator's dashboard.</summary>
public static class ScreenMetrics
{
    public const string MeterName = "BranchGrid.Screens";

    private static readonly Meter Meter = new(MeterName);

    private static readonly UpDownCounter<long> Connected = Meter.CreateUpDownCounter<long>(
        "branchgrid.screens.connected", "{connection}", "Screen connections (SignalR) open on this host.");

    private static readonly Histogram<double> PushDelay = Meter.CreateHistogram<double>(
        "branchgrid.screens.push.delay", "ms",
        "From a change reaching this host (its screen's stream) to its hub send completing, batching window included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] });

    private static readonly Counter<long> Pushed = Meter.CreateCounter<long>(
        "branchgrid.screens.pushed", "{delta}", "Changes sent to screens by this host, by kind of screen.");

    public static void ConnectionOpened() => Connected.Add(1);

    public static void ConnectionClosed() => Connected.Add(-1);

    /// <summary>A batch of <paramref name="deltas"/> changes, the oldest received at <paramref name="oldestReceivedAt"/> (a Stopwatch timestamp), was sent.</summary>
    public static void BatchSent(ScreenKind kind, int deltas, long oldestReceivedAt)
    {
        var tag = new KeyValuePair<string, object?>("screen", kind.ToString().ToLowerInvariant());
        PushDelay.Record(Stopwatch.GetElapsedTime(oldestReceivedAt).TotalMilliseconds, tag);
        Pushed.Add(deltas, tag);
    }
}
