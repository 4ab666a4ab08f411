using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Loans;
using Actors.Contracts.Screens;
using Actors.Domain.Collections;
using Actors.Domain.Loans;
using Actors.Grains.Tests.Support;
using Orleans.Streams;

namespace Actors.Grains.Tests.Collections;

[Collection(GridCollection.Name)]
public sealed class WallBoardTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    private Task<BoardView> Until(ICollectionsBoardGrain board, Func<BoardView, bool> condition, string what) =>
        Eventually.Until(board.GetView, condition, what, Grid.Clock);

    private static StageTotals Stage(BoardView view, LoanStage stage) => view.Stages.Single(s => s.Stage == stage);

    private CallRecord Call(string collector, CallOutcome outcome) => new(Grid.Clock.GetUtcNow(), collector, NumberType.Mobile, outcome, outcome.ToString());

    [Fact]
    public async Task The_board_counted_from_events_equals_the_board_rebuilt_from_the_loans_own_state()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var (a, b) = (await room.Collector(), await room.Collector());
        var (l1, opened) = await room.Loan();
        var (l2, _) = await room.Loan();
        var (l3, _) = await room.Loan();
        var installment = opened.Installments[0];
        Assert.All((await room.Board.GetView()).Stages, s => Assert.Equal(0, s.Loans)); // the board is live before anything happens

        Grid.Clock.AdvanceTo(Cst.At(installment.DueDate.AddDays(3), 9));
        await l1.LogCall(Call(a, CallOutcome.NoAnswer));
        await l1.LogCall(Call(a, CallOutcome.PromiseToPay));
        await l1.RecordPromise(new(500m, Grid.Clock.GetUtcNow().AddMinutes(30), a));
        await l2.AssignCollector(b);
        await l2.ApplyRepayment(new(Network.NewId("tx"), l2.GetPrimaryKeyString(), installment.Amount, Grid.Clock.GetUtcNow()));
        await l3.LogCall(Call(b, CallOutcome.RightPartyContact));

        var live = await Until(room.Board, v => Stage(v, LoanStage.M1).Loans == 2 && v.CollectedToday > 0 && v.Collectors.Sum(c => c.Calls) == 3 && v.PromisesDueNextHour.Count == 1,
            "every event has reached the board");
        Assert.Equal(new StageTotals(LoanStage.M1, 2, 2 * opened.Outstanding, 2 * installment.Amount, EnteredToday: 0), Stage(live, LoanStage.M1));
        Assert.Equal(installment.Amount, live.CollectedToday);
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal).Select(id => id == a
                ? (a, Calls: 2, RightPartyContacts: 1, Promises: 1, Collected: 0m)
                : (b, Calls: 1, RightPartyContacts: 1, Promises: 0, Collected: installment.Amount)),
            live.Collectors.Select(c => (c.CollectorId, c.Calls, c.RightPartyContacts, c.Promises, c.Collected)));
        Assert.Equal((l1.GetPrimaryKeyString(), a, 500m, PromiseStatus.Open),
            (live.PromisesDueNextHour[0].LoanId, live.PromisesDueNextHour[0].CollectorId, live.PromisesDueNextHour[0].Amount, live.PromisesDueNextHour[0].Status));

        var rebuilt = await room.Board.Rebuild();

        Assert.Equal(live.Stages, rebuilt.Stages);
        Assert.Equal(live.PromisesDueNextHour, rebuilt.PromisesDueNextHour);
        Assert.Equal(live.BrokenPromisesToday, rebuilt.BrokenPromisesToday);
        Assert.Equal(live.CollectedToday, rebuilt.CollectedToday);
        Assert.Equal(live.Collectors, rebuilt.Collectors);
        Assert.Equal(live.Seq, rebuilt.Seq); // nothing changed, so no new sequence number
    }

    [Fact]
    public async Task Collectors_show_by_name_and_money_nobody_collected_has_its_own_line_so_the_rows_add_up_to_the_total()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var wang = await room.Collector("Wang Fang", "王芳");
        var (kept, opened) = await room.Loan();
        var (unworked, _) = await room.Loan();
        var installment = opened.Installments[0];
        Grid.Clock.AdvanceTo(Cst.At(installment.DueDate.AddDays(2), 9));
        await kept.LogCall(Call(wang, CallOutcome.PromiseToPay));
        Assert.Null((await kept.RecordPromise(new(installment.Amount, Grid.Clock.GetUtcNow().AddMinutes(30), wang))).Refusal);

        await kept.ApplyRepayment(new(Network.NewId("tx"), kept.GetPrimaryKeyString(), installment.Amount, Grid.Clock.GetUtcNow()));
        await unworked.ApplyRepayment(new(Network.NewId("tx"), unworked.GetPrimaryKeyString(), 700m, Grid.Clock.GetUtcNow()));

        var board = await Until(room.Board, v => v.CollectedToday == installment.Amount + 700m && v.PromisesDecidedToday.Kept == 1, "both repayments and the kept promise are on the board");
        var row = Assert.Single(board.Collectors);
        Assert.Equal((wang, "Wang Fang", "王芳", installment.Amount), (row.CollectorId, row.Name, row.NameZh, row.Collected));
        Assert.Equal(700m, board.CollectedWithoutCollector);
        Assert.Equal(board.CollectedToday, board.Collectors.Sum(c => c.Collected) + board.CollectedWithoutCollector);
        Assert.Equal(new PromiseKeepingView(1, 0, 0, 1m), row.PromisesDecided);
        Assert.Equal((50_000m, Math.Round(installment.Amount / 50_000m, 4)), (row.DailyTarget, row.TargetShare));
        Assert.Equal(board.Collectors, (await room.Board.Rebuild()).Collectors);
    }

    [Fact]
    public async Task A_missed_payment_moves_the_loan_from_Pre_due_into_M1_on_its_branch_board()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var (_, opened) = await room.Loan();
        var installment = opened.Installments[0];
        Grid.Clock.AdvanceTo(Cst.At(installment.ReminderDate, 9));
        var reminded = await Until(room.Board, v => Stage(v, LoanStage.PreDue).Loans == 1, "the loan is on the reminder list");
        Assert.Equal(0, Stage(reminded, LoanStage.M1).Loans);

        Grid.Clock.AdvanceTo(Cst.At(installment.DueDate, 18));

        var overdue = await Until(room.Board, v => Stage(v, LoanStage.M1).Loans == 1, "the loan is overdue at the cut-off");
        Assert.Equal(new StageTotals(LoanStage.M1, 1, opened.Outstanding, installment.Amount, EnteredToday: 1), Stage(overdue, LoanStage.M1));
        Assert.Equal(0, Stage(overdue, LoanStage.PreDue).Loans);
        Grid.Clock.AdvanceTo(Cst.At(installment.DueDate.AddDays(1), 0));
        var nextDay = await Until(room.Board, v => Stage(v, LoanStage.M1).EnteredToday == 0, "today rolls over at midnight");
        Assert.Equal(1, Stage(nextDay, LoanStage.M1).Loans);
    }

    [Fact]
    public async Task An_M3_loan_leaves_its_branch_board_for_the_central_board()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var collector = await room.Collector();
        var (loan, opened) = await room.Loan();
        var central = Grid.Client.GetGrain<ICollectionsBoardGrain>(ScreenStreams.CentralRoom);
        Grid.Clock.AdvanceTo(Cst.At(opened.Installments[0].DueDate.AddDays(40), 9));
        await Until(room.Board, v => Stage(v, LoanStage.M2).Loans == 1, "the loan is in M2 at its branch");

        Grid.Clock.AdvanceTo(Cst.At(opened.Installments[0].DueDate.AddDays(61), 9));
        await Eventually.Until(async () => (await loan.GetSnapshot())!, s => s.Stage == LoanStage.M3, "the loan is in M3", Grid.Clock);
        Assert.Null((await loan.RecordPromise(new(1_000m, Grid.Clock.GetUtcNow().AddMinutes(30), collector))).Refusal);

        var centralView = await Until(central, v => v.PromisesDueNextHour.Any(p => p.LoanId == loan.GetPrimaryKeyString()), "the M3 loan's promise shows centrally");
        Assert.True(Stage(centralView, LoanStage.M3).Loans >= 1);
        Assert.True(Stage(centralView, LoanStage.M3).EnteredToday >= 1);
        var branchView = await Until(room.Board, v => v.Stages.All(s => s.Loans == 0), "the branch board no longer counts the loan");
        Assert.Empty(branchView.PromisesDueNextHour);
        Assert.Equal([LoanStage.M3, LoanStage.M4], centralView.Stages.Select(s => s.Stage));
        Assert.Equal([LoanStage.PreDue, LoanStage.M1, LoanStage.M2], branchView.Stages.Select(s => s.Stage));
    }

    [Fact]
    public async Task Every_board_change_is_published_as_a_delta_from_the_previous_sequence_number()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var collector = await room.Collector();
        var (loan, opened) = await room.Loan();
        Grid.Clock.AdvanceTo(Cst.At(opened.Installments[0].DueDate.AddDays(1), 9));
        var before = await Until(room.Board, v => Stage(v, LoanStage.M1).Loans == 1, "the loan is in M1");
        var deltas = new ConcurrentQueue<BoardDelta>();
        var subscription = await Grid.Client.GetStreamProvider(GridStreams.ProviderName).GetStream<BoardDelta>(ScreenStreams.Board(room.BranchId))
            .SubscribeAsync((d, _) =>
            {
                deltas.Enqueue(d);
                return Task.CompletedTask;
            });

        await loan.LogCall(Call(collector, CallOutcome.RightPartyContact));

        // A subscriber may also be handed the delta that led to `before` (still in the stream's cache); screens ignore it by its seq.
        var delta = (await Eventually.Until(() => Task.FromResult(deltas.ToArray()), d => d.Any(x => x.Collectors is not null), "a delta arrives"))
            .First(d => d.Collectors is not null);
        Assert.Equal((room.BranchId, before.Seq, before.Seq + 1), (delta.RoomId, delta.FromSeq, delta.Seq));
        Assert.Equal([(collector, 1, 1, 0, 0m)], delta.Collectors!.Select(c => (c.CollectorId, c.Calls, c.RightPartyContacts, c.Promises, c.Collected)));
        Assert.Null(delta.Stages); // unchanged sections are left out
        Assert.Null(delta.CollectedToday);
        Assert.Equal(delta.Seq, (await room.Board.GetView()).Seq);
        await subscription.UnsubscribeAsync();
    }
}
