using Actors.Storage;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// Rows that join the grain's next state write: the grid's grain storage writes them in the same commit as the state
/// (see <see cref="StagedRows"/>). A receipt, a membership, a clock, and later an outbox event, are staged here and are
/// durable exactly when the state that goes with them is.
/// </summary>
internal static class Staging
{
    public static void Stage(this Grain grain, StoreRow row)
    {
        var staged = grain.GrainContext.GetComponent<StagedRows>();
        if (staged is null)
        {
            staged = new StagedRows();
            grain.GrainContext.SetComponent(staged);
        }
        staged.Add(row);
    }

    /// <summary>Rows staged and not yet committed (a write failed since, or none happened yet).</summary>
    public static IEnumerable<T> Staged<T>(this Grain grain) where T : StoreRow =>
        grain.GrainContext.GetComponent<StagedRows>()?.OfType<T>() ?? [];

    /// <summary>The entity's key in the rows that belong to it: its grain id ("terminal/T-1").</summary>
    public static string EntityKey(this Grain grain) => grain.GetGrainId().ToString();
}
