using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Actors.Domain.Loans;
using Actors.Grains.Tests.Support;
using Orleans.Streams;

namespace Actors.Grains.Tests;

[Collection(GridCollection.Name)]
public sealed class CollectionsFeedTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task A_repayment_feeds_only_the_boards_its_loan_concerns_with_the_summary_they_need()
    {
        var room = await Collections.CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var (overdue, opened) = await room.Loan();
        var (current, _) = await room.Loan();
        var received = new ConcurrentQueue<GridEvent>();
        var stream = Grid.Client.GetStreamProvider(GridStreams.ProviderName).GetStream<GridEvent>(GridStreams.ForCollections(room.SubBranchId));
        var subscription = await stream.SubscribeAsync((e, _) =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        });
        var installment = opened.Installments[0];
        await current.ApplyRepayment(new(Network.NewId("tx"), current.GetPrimaryKeyString(), installment.Amount, Grid.Clock.GetUtcNow()));
        Grid.Clock.AdvanceTo(Cst.At(installment.DueDate.AddDays(2), 9));
        await Eventually.Until(room.Board.GetView, v => v.Stages.Single(s => s.Stage == LoanStage.M1).Loans == 1, "the unpaid loan is overdue", Grid.Clock);

        // The loan paid on time was never in collections: its repayments concern no board, so they feed nothing.
        await current.ApplyRepayment(new(Network.NewId("tx"), current.GetPrimaryKeyString(), 100m, Grid.Clock.GetUtcNow()));
        await overdue.ApplyRepayment(new(Network.NewId("tx"), overdue.GetPrimaryKeyString(), 100m, Grid.Clock.GetUtcNow()));

        var fed = await Eventually.Until(() => Task.FromResult(received.ToArray()),
            e => e.OfType<LoanCollectionsChanged>().Any(c => c.Summary.CollectedToday.Count > 0), "the overdue loan's repayment reaches the feed", Grid.Clock);
        Assert.All(fed, e => Assert.Equal(overdue.GetPrimaryKeyString(), Assert.IsType<LoanCollectionsChanged>(e).LoanId));
        var change = fed.OfType<LoanCollectionsChanged>().Last();
        Assert.Equal([room.BranchId], change.Rooms);
        Assert.Equal((LoanStage.M1, 100m), (change.Summary.Stage, change.Summary.CollectedToday.Sum(c => c.Amount)));
        var board = await Eventually.Until(room.Board.GetView, v => v.CollectedToday == 100m, "the board counts the repayment", Grid.Clock);
        Assert.Equal(opened.Outstanding - 100m, board.Stages.Single(s => s.Stage == LoanStage.M1).Outstanding);
        await subscription.UnsubscribeAsync();
    }
}
