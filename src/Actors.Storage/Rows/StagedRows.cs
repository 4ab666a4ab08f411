namespace Actors.Storage;

/// <summary>
/// Rows a grain activation has made that must be durable together with its next state write: the grid's grain storage
/// puts them in the same unit as the state row (one commit on the embedded store, one transaction on PostgreSQL).
/// </summary>
/// <remarks>
/// Kept as a component of the activation. Rows stay staged until a state write that carries them succeeds: they describe
/// the activation's state in memory, which a failed write does not undo either.
/// </remarks>
public sealed class StagedRows
{
    private readonly List<StoreRow> _rows = [];

    public int Count => _rows.Count;

    public void Add(StoreRow row) => _rows.Add(row);

    public IEnumerable<T> OfType<T>() where T : StoreRow => _rows.OfType<T>();

    /// <summary>The rows staged so far (the first <c>n</c>, to be <see cref="Remove">removed</see> once committed).</summary>
    public IReadOnlyList<StoreRow> Snapshot() => [.. _rows];

    public void Remove(int count) => _rows.RemoveRange(0, Math.Min(count, _rows.Count));
}
