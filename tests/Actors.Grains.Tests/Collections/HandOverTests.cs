using Actors.Domain;
using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Actors.Domain.Collections;
using Actors.Grains.Tests.Support;
using Orleans.Streams;

namespace Actors.Grains.Tests.Collections;

[Collection(GridCollection.Name)]
public sealed class HandOverTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task More_than_10_days_past_due_with_2_broken_promises_the_loan_must_go_to_a_different_collector()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var (first, second) = (await room.Collector(), await room.Collector());
        var (loan, opened) = await room.Loan();
        var due = opened.Installments[0].DueDate;
        var events = new ConcurrentQueue<GridEvent>();
        await Grid.Client.GetStreamProvider(GridStreams.ProviderName).GetStream<GridEvent>(GridStreams.ForInstitution(room.SubBranchId))
            .SubscribeAsync((e, _) =>
            {
                events.Enqueue(e);
                return Task.CompletedTask;
            });
        Grid.Clock.AdvanceTo(Cst.At(due.AddDays(2), 9));
        Assert.Null((await loan.AssignCollector(first)).Refusal);

        foreach (var hour in new[] { 11, 14 })
        {
            Assert.Null((await loan.RecordPromise(new(500m, Cst.At(due.AddDays(2), hour), first))).Refusal);
            Grid.Clock.AdvanceTo(Cst.At(due.AddDays(2), hour + 1));
        }
        var brokenTwice = (await loan.GetSnapshot())!;
        Assert.Equal((2, false), (brokenTwice.Collections.BrokenPromisesWithCollector, brokenTwice.Collections.NeedsHandOver)); // only 2 days past due
        Grid.Clock.AdvanceTo(Cst.At(due.AddDays(10), 9));
        Assert.False((await loan.GetSnapshot())!.Collections.NeedsHandOver); // 10 days is not more than 10
        Assert.Empty(events.OfType<HandOverRequired>());

        Grid.Clock.AdvanceTo(Cst.At(due.AddDays(11), 0));

        var required = await Eventually.Until(() => Task.FromResult(events.OfType<HandOverRequired>().SingleOrDefault()!), e => e is not null,
            "the hand-over is asked for on the loan's midnight clock", Grid.Clock);
        Assert.Equal((first, 11, 2), (required.CollectorId, required.DaysPastDue, required.BrokenPromises));
        var refused = await loan.AssignCollector(first);
        Assert.Equal((RefusalKind.Invalid, "collectorId"), (refused.Refusal?.Kind, refused.Refusal?.Field));

        var handedOver = (await loan.AssignCollector(second)).Value!;

        Assert.Equal((second, false, 0), (handedOver.Collections.CollectorId, handedOver.Collections.NeedsHandOver, handedOver.Collections.BrokenPromisesWithCollector));
        await Eventually.Until(() => Task.FromResult(events.OfType<CollectorChanged>().Any(e => e.From == first && e.To == second)), seen => seen,
            "the change of collector is published");
    }

    [Fact]
    public async Task Whoever_reminded_collects_the_first_caller_on_a_loan_without_a_collector_becomes_its_collector()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var (caller, colleague) = (await room.Collector(), await room.Collector());
        var (loan, _) = await room.Loan();

        await loan.LogCall(new(Grid.Clock.GetUtcNow(), caller, NumberType.Mobile, CallOutcome.NoAnswer, "no answer"));
        var after = (await loan.LogCall(new(Grid.Clock.GetUtcNow(), colleague, NumberType.Work, CallOutcome.ThirdParty, "left word"))).Value!;

        Assert.Equal(caller, after.Collections.CollectorId);
        Assert.Equal([caller, colleague], after.Collections.Calls.Select(c => c.CollectorId));
    }
}
