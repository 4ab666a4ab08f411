using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Collections;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Collections;

/// <summary>
/// A room's wall board, held in memory and derived from one absolute summary per loan (so a repeated or stale event is
/// harmless); rebuilt from the loans' own state on activation and on request, so it can never drift for good.
/// Its clock fires at local midnight ("today" rolls over) and when an open promise enters or leaves the due list.
/// </summary>
public sealed partial class CollectionsBoardGrain(BankRules rules, ILogger<CollectionsBoardGrain> logger) : Grain, ICollectionsBoardGrain, IRemindable
{
    private readonly Dictionary<string, (long Revision, BoardLoan Loan)> _loans = new(StringComparer.Ordinal);
    /// <summary>The revision at which a loan left the room: an older summary delivered late (the outbox relay) must not bring it back.</summary>
    private readonly Dictionary<string, long> _left = new(StringComparer.Ordinal);
    /// <summary>Collectors' names as the register holds them, read once per activation (null: not on the register).</summary>
    private readonly Dictionary<string, ManagerSnapshot?> _staff = new(StringComparer.Ordinal);
    private BoardView _view = null!;
    /// <summary>A reminder row may survive from an earlier activation: start as "armed in the past" so the first arming replaces or removes it.</summary>
    private DateTimeOffset? _clockArmedAt = DateTimeOffset.MinValue;

    private string RoomId => this.GetPrimaryKeyString();
    private CollectionsRules Rules => rules.Options.Collections;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Seq starts from the wall clock, so a new activation never reuses an old one's numbers and screens re-read the view.
        _view = new BoardView(RoomId, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), rules.Now, [], [], [], 0m, [], 0m,
            PromiseKeeping.None.ToView());
        await Reload();
        // Published, so that screens still watching an earlier activation (one that died with its silo) see the new seq and
        // re-read at once: the rebuild already holds the change that woke this activation, so no later delta may come to tell them.
        await Refresh();
    }

    public async Task<BoardView> GetView()
    {
        await Refresh();
        return _view;
    }

    public async Task<BoardView> Rebuild()
    {
        await Reload();
        await Refresh();
        return _view;
    }

    public async Task LoanChanged(LoanCollectionsSummary summary)
    {
        if (Keep(summary))
        {
            await Refresh();
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Refresh();

    /// <summary>Replaces the loan's entry unless an entry of a later revision is held; drops loans that no longer concern the room.</summary>
    private bool Keep(LoanCollectionsSummary summary)
    {
        if (_loans.TryGetValue(summary.LoanId, out var held) && held.Revision > summary.Revision
            || _left.TryGetValue(summary.LoanId, out var left) && left > summary.Revision)
        {
            return false;
        }
        var loan = summary.ToBoardLoan();
        if (BoardTally.Concerns(RoomId, loan, rules.Now, rules.Clock))
        {
            _loans[summary.LoanId] = (summary.Revision, loan);
            _left.Remove(summary.LoanId);
            return true;
        }
        _left[summary.LoanId] = summary.Revision;
        return _loans.Remove(summary.LoanId);
    }

    /// <summary>Re-reads every loan that can belong to this room: a branch's own and its sub-branches'; for the central room, the whole bank's.</summary>
    private async Task Reload()
    {
        var institutions = RoomId == ScreenStreams.CentralRoom
            ? await GrainFactory.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List()
            : await BranchAndChildren();
        var loanIds = new List<string>();
        foreach (var snapshot in await Task.WhenAll(institutions.Select(i => GrainFactory.GetGrain<IInstitutionGrain>(i).GetSnapshot())))
        {
            loanIds.AddRange(snapshot?.Loans ?? []);
        }
        var summaries = await Task.WhenAll(loanIds.Distinct(StringComparer.Ordinal).Select(id => GrainFactory.GetGrain<ILoanGrain>(id).GetCollectionsSummary()));
        _loans.Clear();
        _left.Clear();
        foreach (var summary in summaries)
        {
            if (summary is not null)
            {
                Keep(summary);
            }
        }
        LogRebuilt(logger, RoomId, _loans.Count);
    }

    private async Task<IReadOnlyList<string>> BranchAndChildren()
    {
        var branch = await GrainFactory.GetGrain<IInstitutionGrain>(RoomId).GetSnapshot();
        return branch is null ? [] : [RoomId, .. branch.Children];
    }

    /// <summary>Derives the board at now; when a section changed, bumps Seq and publishes the changed sections.</summary>
    private async Task Refresh()
    {
        var now = rules.Now;
        var loans = _loans.Values.Select(v => v.Loan).ToList();
        var figures = BoardTally.Compute(RoomId, Rooms.StagesOf(RoomId), loans, now, rules.Clock, Rules);
        await ReadNames(figures.Collectors.Select(c => c.CollectorId));
        var next = new BoardView(RoomId, _view.Seq, now,
            [.. figures.Stages.Select(f => f.ToView())],
            [.. figures.PromisesDue.Select(p => p.ToView())],
            [.. figures.BrokenToday.Select(p => p.ToView())],
            figures.CollectedToday,
            [.. figures.Collectors.Select(c => c.ToView(_staff[c.CollectorId]))],
            figures.CollectedWithoutCollector,
            figures.PromisesDecidedToday.ToView());
        var delta = BoardChanges.Between(_view, next);
        if (delta is not null)
        {
            _view = next with { Seq = delta.Seq };
            // Screens re-read the view when a Seq is missing, so a lost delta costs a re-read, not a wrong screen.
            await this.PublishAsync(logger, ScreenStreams.Board(RoomId), delta);
        }
        _clockArmedAt = loans.Count == 0
            ? await this.ArmAsync(_clockArmedAt, null, now)
            : await this.ArmAsync(_clockArmedAt, BoardTally.NextChangeAt(RoomId, loans, now, rules.Clock, Rules), now);
    }

    private async Task ReadNames(IEnumerable<string> collectorIds)
    {
        var unknown = collectorIds.Where(id => !_staff.ContainsKey(id)).ToList();
        var snapshots = await Task.WhenAll(unknown.Select(id => GrainFactory.GetGrain<IManagerGrain>(id).GetSnapshot()));
        for (var i = 0; i < unknown.Count; i++)
        {
            _staff[unknown[i]] = snapshots[i];
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Collections board {RoomId} rebuilt from {Loans} loans")]
    private static partial void LogRebuilt(ILogger logger, string roomId, int loans);
}
