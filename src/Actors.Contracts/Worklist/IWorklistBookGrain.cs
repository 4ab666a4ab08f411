namespace Actors.Contracts.Worklist;

/// <summary>
/// An institution's worklist read model (keyed by institution id): what each of its clients, loans, terminals and work
/// orders puts on somebody's worklist, kept from the entities' own changes, persisted as rows, filed by owner. A
/// worklist read asks the books of the reader's institution tree for the items of the readers it names, and nothing
/// else: no entity is called on a read.
/// </summary>
public interface IWorklistBookGrain : IGrainWithStringKey
{
    /// <summary>Replaces what <paramref name="source"/>'s entity held here, unless the book already has a later one.</summary>
    Task Put(WorkSource source);

    /// <summary>The items of these owners as of now, at most <paramref name="limit"/> of each kind (earliest due first).</summary>
    Task<IReadOnlyList<WorklistItem>> Items(IReadOnlyList<string> owners, int limit);

    /// <summary>Due dates of the book's loans falling in <paramref name="year"/> (the calendar warning's count).</summary>
    Task<int> DueDatesIn(int year);

    /// <summary>Every source the book holds, in key order (what a rebuild is compared with).</summary>
    Task<IReadOnlyList<WorkSource>> Sources();

    /// <summary>What the institution's entities say their work is now, read from each of them (what the book should hold).</summary>
    Task<IReadOnlyList<WorkSource>> Rebuilt();

    /// <summary>
    /// Replaces the book with what the entities say (the rebuild command); returns how many sources differed (missing,
    /// stale or not the same work).
    /// </summary>
    Task<int> Rebuild();
}

/// <summary>An entity that can say what it puts on a worklist (the rebuild reads it from each).</summary>
public interface IWorkSourceEntity : IGrainWithStringKey
{
    /// <summary>The entity's work now; null when it is not registered.</summary>
    Task<WorkSource?> GetWork();
}
