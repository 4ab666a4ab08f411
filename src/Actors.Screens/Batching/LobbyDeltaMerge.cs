using Actors.Contracts.Screens;

namespace Actors.Screens.Batching;

/// <summary>Two consecutive lobby deltas as one: what a screen at the first's FromSeq needs to reach the second's Seq.</summary>
public static class LobbyDeltaMerge
{
    /// <summary>
    /// The merge of <paramref name="earlier"/> then <paramref name="later"/>, or null when they are not consecutive
    /// (another branch, or later.FromSeq ≠ earlier.Seq): such deltas must reach the screen as they are, so it resyncs.
    /// </summary>
    public static LobbyDelta? TryMerge(LobbyDelta earlier, LobbyDelta later)
    {
        if (earlier.BranchId != later.BranchId || later.FromSeq != earlier.Seq)
        {
            return null;
        }

        // A ticket upserted after its removal is back on the screen; one removed after an upsert is gone. The result
        // never names a ticket in both lists, so a client may apply them in either order.
        var removedLater = later.RemovedTickets.ToHashSet();
        var tickets = UpsertById(earlier.Tickets.Where(t => !removedLater.Contains(t.TicketId)), later.Tickets, t => t.TicketId);
        var upsertedLater = later.Tickets.Select(t => t.TicketId).ToHashSet();
        var removed = earlier.RemovedTickets.Where(id => !upsertedLater.Contains(id)).Concat(later.RemovedTickets).Distinct().ToList();

        return new LobbyDelta(
            earlier.BranchId,
            earlier.FromSeq,
            later.Seq,
            later.At,
            tickets,
            removed,
            later.Desks ?? earlier.Desks,
            UpsertById(earlier.Complaints, later.Complaints, c => c.ComplaintId),
            later.Stats ?? earlier.Stats,
            later.Day ?? earlier.Day);
    }

    /// <summary>Last wins per id; ids keep the order in which they first appeared.</summary>
    internal static IReadOnlyList<T> UpsertById<T>(IEnumerable<T> earlier, IEnumerable<T> later, Func<T, string> id)
    {
        var byId = new Dictionary<string, int>();
        var items = new List<T>();
        foreach (var item in earlier.Concat(later))
        {
            if (byId.TryGetValue(id(item), out var at))
            {
                items[at] = item;
            }
            else
            {
                byId[id(item)] = items.Count;
                items.Add(item);
            }
        }
        return items;
    }
}
