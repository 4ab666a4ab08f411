namespace Actors.Screens.Batching;

public static class DeltaRuns
{
    /// <summary>
    /// Folds a batch, in arrival order, into as few deltas as the sequence numbers allow: each run of consecutive deltas
    /// becomes one; a delta that does not follow the one before (a gap, a repeat, out of order) starts a new run and
    /// reaches the screen as it came, so the screen sees the break and re-reads its view.
    /// </summary>
    public static IReadOnlyList<TDelta> Coalesce<TDelta>(IReadOnlyList<TDelta> batch, Func<TDelta, TDelta, TDelta?> tryMerge)
        where TDelta : class
    {
        var runs = new List<TDelta>();
        foreach (var delta in batch)
        {
            var merged = runs.Count == 0 ? null : tryMerge(runs[^1], delta);
            if (merged is null)
            {
                runs.Add(delta);
            }
            else
            {
                runs[^1] = merged;
            }
        }
        return runs;
    }
}
