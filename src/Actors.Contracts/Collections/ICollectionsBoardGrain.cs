using Actors.Contracts.Screens;

namespace Actors.Contracts.Collections;

/// <summary>
/// The collections wall board of one room, keyed by the branch's institution id or <see cref="ScreenStreams.CentralRoom"/>.
/// Every change bumps the view's Seq and publishes a <see cref="BoardDelta"/> on <see cref="ScreenStreams.Board"/>.
/// </summary>
public interface ICollectionsBoardGrain : IGrainWithStringKey
{
    Task<BoardView> GetView();

    /// <summary>Re-reads every member loan's own state, so a board can never drift for good from lost or late events.</summary>
    Task<BoardView> Rebuild();

    /// <summary>A loan's current collections facts (absolute; repeated or stale summaries are harmless).</summary>
    Task LoanChanged(LoanCollectionsSummary summary);
}
