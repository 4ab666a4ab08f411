using Actors.Contracts.Screens;
using Actors.Screens.Batching;
using static Actors.Screens.Tests.Support.Deltas;

namespace Actors.Screens.Tests.Batching;

/// <summary>Two consecutive lobby deltas merged must leave a screen exactly where applying both one by one would.</summary>
public sealed class LobbyDeltaMergeTests
{
    public static TheoryData<string, LobbyDelta, LobbyDelta, string[], string[]> TicketCases => new()
    {
        { "new tickets in both are all upserted, in order", Lobby(1, 2, tickets: [Ticket("t1")]), Lobby(2, 3, tickets: [Ticket("t2")]), ["t1:Waiting", "t2:Waiting"], [] },
        { "the later version of a ticket wins, in its first place", Lobby(1, 2, tickets: [Ticket("t1"), Ticket("t2")]), Lobby(2, 3, tickets: [Ticket("t1", TicketStatus.Called)]), ["t1:Called", "t2:Waiting"], [] },
        { "a ticket upserted then removed is only removed", Lobby(1, 2, tickets: [Ticket("t1")]), Lobby(2, 3, removed: ["t1"]), [], ["t1"] },
        { "a ticket removed then upserted again is back", Lobby(1, 2, removed: ["t1"]), Lobby(2, 3, tickets: [Ticket("t1", TicketStatus.Transferred)]), ["t1:Transferred"], [] },
        { "removals of both are kept once each", Lobby(1, 2, removed: ["t1", "t2"]), Lobby(2, 3, removed: ["t2", "t3"]), [], ["t1", "t2", "t3"] },
    };

    [Theory]
    [MemberData(nameof(TicketCases))]
    public void Tickets_are_upserted_by_id_last_wins_and_removals_kept(string _, LobbyDelta earlier, LobbyDelta later, string[] tickets, string[] removed)
    {
        var merged = LobbyDeltaMerge.TryMerge(earlier, later)!;

        Assert.Equal(tickets, merged.Tickets.Select(t => $"{t.TicketId}:{t.Status}"));
        Assert.Equal(removed, merged.RemovedTickets);
        Assert.Empty(merged.Tickets.Select(t => t.TicketId).Intersect(merged.RemovedTickets));
    }

    [Fact]
    public void The_merge_spans_from_the_first_FromSeq_to_the_last_Seq()
    {
        var merged = LobbyDeltaMerge.TryMerge(Lobby(4, 5), Lobby(5, 9))!;

        Assert.Equal(("B1", 4L, 9L, T0.AddSeconds(9)), (merged.BranchId, merged.FromSeq, merged.Seq, merged.At));
    }

    [Fact]
    public void Complaints_are_upserted_by_id_last_wins()
    {
        var merged = LobbyDeltaMerge.TryMerge(
            Lobby(1, 2, complaints: [Complaint("c1"), Complaint("c2")]),
            Lobby(2, 3, complaints: [Complaint("c1", ComplaintStatus.Escalated), Complaint("c3")]))!;

        Assert.Equal(["c1:Escalated", "c2:Recorded", "c3:Recorded"], merged.Complaints.Select(c => $"{c.ComplaintId}:{c.Status}"));
    }

    public static TheoryData<string, DeskView[]?, DeskView[]?, string?> DeskCases => new()
    {
        { "later section replaces the earlier", [Desk("d1")], [Desk("d2")], "d2" },
        { "a later delta without desks keeps the earlier section", [Desk("d1")], null, "d1" },
        { "neither sends desks: none", null, null, null },
    };

    [Theory]
    [MemberData(nameof(DeskCases))]
    public void Desks_and_stats_last_non_null_wins(string _, DeskView[]? earlier, DeskView[]? later, string? expectedDesk)
    {
        var merged = LobbyDeltaMerge.TryMerge(
            Lobby(1, 2, desks: earlier, stats: earlier is null ? null : Stats(1)),
            Lobby(2, 3, desks: later, stats: later is null ? null : Stats(2)))!;

        Assert.Equal(expectedDesk, merged.Desks?.Single().DeskId);
        Assert.Equal(later is not null ? 2 : earlier is not null ? 1 : null, merged.Stats?.Waiting);
    }

    public static TheoryData<string, LobbyDelta, LobbyDelta> NotConsecutive => new()
    {
        { "a gap", Lobby(1, 2), Lobby(3, 4) },
        { "out of order", Lobby(2, 3), Lobby(1, 2) },
        { "a repeat", Lobby(1, 2), Lobby(1, 2) },
        { "another branch", Lobby(1, 2), Lobby(2, 3, branch: "B2") },
    };

    [Theory]
    [MemberData(nameof(NotConsecutive))]
    public void Deltas_that_do_not_follow_each_other_are_not_merged(string _, LobbyDelta earlier, LobbyDelta later) =>
        Assert.Null(LobbyDeltaMerge.TryMerge(earlier, later));

    [Fact]
    public void Applying_the_merge_gives_the_same_screen_as_applying_each_delta()
    {
        var deltas = new[]
        {
            Lobby(0, 1, tickets: [Ticket("t1"), Ticket("t2")], desks: [Desk("d1")], stats: Stats(2)),
            Lobby(1, 2, tickets: [Ticket("t1", TicketStatus.Called)], complaints: [Complaint("c1")]),
            Lobby(2, 3, removed: ["t2"], stats: Stats(1)),
            Lobby(3, 4, tickets: [Ticket("t2", TicketStatus.Transferred), Ticket("t3")], removed: ["t1"]),
            Lobby(4, 5, complaints: [Complaint("c1", ComplaintStatus.ResolvedOnTheSpot)], desks: [Desk("d1", open: false)]),
        };
        var start = LobbyView("B1", 0);

        var oneByOne = deltas.Aggregate(start, Apply);
        var merged = Apply(start, deltas.Aggregate((a, b) => LobbyDeltaMerge.TryMerge(a, b)!));

        Assert.Equal(Describe(oneByOne), Describe(merged));
    }

    /// <summary>What a screen does with a delta (as dashboard-web's applyLobbyDelta): upsert, then drop the removed.</summary>
    private static LobbyView Apply(LobbyView view, LobbyDelta delta)
    {
        var tickets = LobbyDeltaMerge.UpsertById(view.Tickets, delta.Tickets, t => t.TicketId).Where(t => !delta.RemovedTickets.Contains(t.TicketId)).ToList();
        return view with
        {
            Seq = delta.Seq,
            Tickets = tickets,
            Desks = delta.Desks ?? view.Desks,
            Complaints = LobbyDeltaMerge.UpsertById(view.Complaints, delta.Complaints, c => c.ComplaintId),
            Stats = delta.Stats ?? view.Stats,
        };
    }

    private static string Describe(LobbyView v) =>
        $"{v.Seq}|{string.Join(",", v.Tickets.Select(t => $"{t.TicketId}:{t.Status}").Order())}|{string.Join(",", v.Desks.Select(d => $"{d.DeskId}:{d.Open}"))}"
        + $"|{string.Join(",", v.Complaints.Select(c => $"{c.ComplaintId}:{c.Status}"))}|{v.Stats.Waiting}";
}
