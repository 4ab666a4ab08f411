using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Actors.Storage;

/// <summary>What the store's writer reports (meter <see cref="MeterName"/>), for the operator's dashboard.</summary>
public static class StoreMetrics
{
    public const string MeterName = "BranchGrid.Store";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "branchgrid.store.commit.writes", "{write}", "Writes carried by one commit (group commit batch size).",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024] });

    private static readonly Histogram<double> Wait = Meter.CreateHistogram<double>(
        "branchgrid.store.commit.wait", "ms", "From a write's enqueue to its commit being durable, as its caller waits.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000] });

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "branchgrid.store.commit.duration", "ms", "One commit from its first statement to durable (fsync included).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000] });

    private static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "branchgrid.store.commit.failures", "{commit}", "Commits that failed; every write they carried failed with them.");

    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(
        "branchgrid.store.write.conflicts", "{write}", "Writes refused because the stored version was not the writer's (ETag).");

    internal static void Committed(string store, IReadOnlyList<PendingWrite> batch, long startedAt)
    {
        var tag = new KeyValuePair<string, object?>("store", store);
        var now = Stopwatch.GetTimestamp();
        BatchSize.Record(batch.Count, tag);
        Duration.Record(Stopwatch.GetElapsedTime(startedAt, now).TotalMilliseconds, tag);
        foreach (var write in batch)
        {
            Wait.Record(Stopwatch.GetElapsedTime(write.EnqueuedAt, now).TotalMilliseconds, tag);
            if (!write.Outcome.Applied)
            {
                Conflicts.Add(1, tag);
            }
        }
    }

    internal static void Failed(string store) => Failures.Add(1, new KeyValuePair<string, object?>("store", store));
}
