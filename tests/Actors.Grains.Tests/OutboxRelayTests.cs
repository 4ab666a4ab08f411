using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Actors.Contracts.Screens;
using Actors.Domain.Loans;
using Actors.Grains.Infrastructure;
using Actors.Grains.Tests.Collections;
using Actors.Grains.Tests.Support;
using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace Actors.Grains.Tests;

/// <summary>The boards' feed goes through the outbox (docs/events.md): kept with the loan's state, published at least once.</summary>
[Collection(GridCollection.Name)]
public sealed class OutboxRelayTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    private IGridStore Store => Grid.Cluster.Silos[0].ServiceProvider.GetRequiredService<IGridStore>();

    [Fact]
    public async Task The_boards_feed_is_kept_with_the_loans_state_and_the_relay_publishes_it_again_harmlessly_then_clears_it()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var (loan, opened) = await room.Loan();
        var source = loan.GetGrainId().ToString();
        Grid.Clock.AdvanceTo(Cst.At(opened.Installments[0].DueDate.AddDays(2), 9));
        await Eventually.Until(room.Board.GetView, v => M1(v) == 1, "the loan is overdue on its branch board", Grid.Clock);
        var received = new ConcurrentQueue<LoanCollectionsChanged>();
        var subscription = await Grid.Client.GetStreamProvider(GridStreams.ProviderName)
            .GetStream<GridEvent>(GridStreams.ForCollections(room.SubBranchId))
            .SubscribeAsync((e, _) =>
            {
                if (e is LoanCollectionsChanged c && c.LoanId == loan.GetPrimaryKeyString())
                {
                    received.Enqueue(c);
                }
                return Task.CompletedTask;
            });

        await loan.ApplyRepayment(new(Network.NewId("tx"), loan.GetPrimaryKeyString(), 100m, Grid.Clock.GetUtcNow()));
        var live = await Eventually.Until(room.Board.GetView, v => v.CollectedToday == 100m, "the repayment is on the board", Grid.Clock);
        // Published at once; its row stays until the loan's next write (each write removes the row before it), so a silo
        // dying now would not lose it. (The relay's own sweep may already have taken it, if the shared clock moved on.)
        var bucket = Outbox.BucketOf(loan.GetGrainId());
        Assert.True((await Store.ReadOutboxAsync(bucket, DateTimeOffset.MaxValue, 10_000)).Count(e => e.Source == source) <= 1);
        var revision = (await Eventually.Until(() => Task.FromResult(received.LastOrDefault(c => c.Summary.CollectedToday.Count > 0)), c => c is not null,
            "the repayment's event reaches the test's subscription", Grid.Clock))!.Summary.Revision;

        Grid.Clock.Advance(OutboxRelayGrain.Grace);
        await Grid.Client.GetGrain<IOutboxRelayGrain>(bucket).Relay();

        // Only the outbox can deliver the same revision a second time.
        var twice = await Eventually.Until(() => Task.FromResult(received.Where(c => c.Summary.Revision == revision).ToArray()),
            r => r.Length >= 2, $"the relay publishes the kept event again (revision {revision}; received {string.Join(",", received.Select(c => c.Summary.Revision))})", Grid.Clock);
        Assert.Equal(Figures(twice[0].Summary), Figures(twice[1].Summary));
        Assert.DoesNotContain(await Store.ReadOutboxAsync(bucket, DateTimeOffset.MaxValue, 10_000), e => e.Source == source);
        var after = await room.Board.GetView();
        Assert.Equal((live.Seq, live.CollectedToday), (after.Seq, after.CollectedToday)); // a repeat changes nothing
        Assert.Equal(live.Stages, after.Stages);
        await subscription.UnsubscribeAsync();
    }

    private static (LoanStage, decimal, decimal) Figures(LoanCollectionsSummary s) => (s.Stage, s.Outstanding, s.CollectedToday.Sum(c => c.Amount));

    private static int M1(BoardView view) => view.Stages.Single(s => s.Stage == LoanStage.M1).Loans;
}
