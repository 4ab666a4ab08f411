using Actors.Screens.Batching;
using static Actors.Screens.Tests.Support.Deltas;

namespace Actors.Screens.Tests.Batching;

public sealed class DeltaRunsTests
{
    public static TheoryData<string, (long From, long Seq)[], string> Cases => new()
    {
        { "nothing", [], "" },
        { "one delta as it is", [(4, 5)], "4→5" },
        { "a consecutive run becomes one", [(1, 2), (2, 3), (3, 4)], "1→4" },
        { "a gap starts a new run, sent from where it came", [(1, 2), (2, 3), (5, 6), (6, 7)], "1→3 5→7" },
        { "out of order: each break is sent as it came", [(1, 2), (3, 4), (2, 3), (4, 5)], "1→2 3→4 2→3 4→5" },
        { "a repeated delta is not folded into itself", [(1, 2), (1, 2)], "1→2 1→2" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Consecutive_deltas_fold_into_one_and_breaks_reach_the_screen(string _, (long From, long Seq)[] batch, string expected)
    {
        var runs = DeltaRuns.Coalesce([.. batch.Select(d => Lobby(d.From, d.Seq))], Screens.Batching.LobbyDeltaMerge.TryMerge);

        Assert.Equal(expected, string.Join(" ", runs.Select(r => $"{r.FromSeq}→{r.Seq}")));
    }
}
