using Actors.Domain;
using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Actors.Contracts.Loans;
using Actors.Contracts.Screens;
using Actors.Domain.Collections;
using Actors.Grains.Tests.Support;
using Orleans.Streams;

namespace Actors.Grains.Tests.Collections;

[Collection(GridCollection.Name)]
public sealed class PromiseToPayTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    /// <summary>A loan two days past due at 09:00, held by a collector, with the events of its sub-branch being recorded.</summary>
    private async Task<(ILoanGrain Loan, string Collector, ConcurrentQueue<GridEvent> Events)> OverdueLoanAsync()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var collector = await room.Collector();
        var (loan, opened) = await room.Loan();
        var events = new ConcurrentQueue<GridEvent>();
        await Grid.Client.GetStreamProvider(GridStreams.ProviderName).GetStream<GridEvent>(GridStreams.ForInstitution(room.SubBranchId))
            .SubscribeAsync((e, _) =>
            {
                events.Enqueue(e);
                return Task.CompletedTask;
            });
        Grid.Clock.AdvanceTo(Cst.At(opened.Installments[0].DueDate.AddDays(2), 9));
        Assert.Null((await loan.AssignCollector(collector)).Refusal);
        return (loan, collector, events);
    }

    private Task<PromiseResolved> Resolved(ConcurrentQueue<GridEvent> events, string promiseId) =>
        Eventually.Until(() => Task.FromResult(events.OfType<PromiseResolved>().LastOrDefault(e => e.PromiseId == promiseId)!), e => e is not null,
            $"promise {promiseId} is decided on the loan's clock", Grid.Clock);

    private async Task<IReadOnlyList<WorkItemView>> FollowUps(string collector, ILoanGrain loan)
    {
        var snapshot = (await loan.GetSnapshot())!;
        var worklist = await Grid.Client.GetGrain<ICollectorWorklistGrain>(collector).Build(snapshot.InstitutionId);
        return [.. worklist!.Items.Where(i => i.LoanId == snapshot.LoanId && i.Kind == WorkKind.PromiseFollowUp)];
    }

    [Fact]
    public async Task A_promise_is_followed_up_an_hour_either_side_and_broken_at_the_window_end_without_payment()
    {
        var (loan, collector, events) = await OverdueLoanAsync();
        var promisedFor = Grid.Clock.GetUtcNow().AddHours(5);

        var promise = (await loan.RecordPromise(new(1_000m, promisedFor, collector))).Value!;

        Assert.Equal((promisedFor.AddHours(-1), promisedFor.AddHours(1), PromiseStatus.Open), (promise.FollowUpFrom, promise.FollowUpUntil, promise.Status));
        Assert.Equal(promisedFor.AddHours(1), (await loan.GetSnapshot())!.NextClockAt); // before the loan's own midnight tick
        Grid.Clock.AdvanceTo(promisedFor.AddHours(-1).AddSeconds(-1));
        Assert.Empty(await FollowUps(collector, loan));
        Grid.Clock.AdvanceTo(promisedFor.AddHours(-1));
        Assert.Equal(promisedFor, Assert.Single(await FollowUps(collector, loan)).DueAt);
        Grid.Clock.AdvanceTo(promisedFor.AddHours(1).AddSeconds(-1));
        Assert.Single(await FollowUps(collector, loan));
        Assert.DoesNotContain(events.OfType<PromiseResolved>(), e => e.PromiseId == promise.PromiseId);

        Grid.Clock.AdvanceTo(promisedFor.AddHours(1));

        var broken = await Resolved(events, promise.PromiseId);
        Assert.Equal((PromiseStatus.Broken, 0m, promisedFor.AddHours(1)), (broken.Status, broken.Paid, broken.At));
        Assert.Empty(await FollowUps(collector, loan));
        var view = Assert.Single((await loan.GetSnapshot())!.Collections.Promises);
        Assert.Equal((PromiseStatus.Broken, promisedFor.AddHours(1)), (view.Status, view.ResolvedAt));
    }

    [Fact]
    public async Task Repayments_keep_a_promise_at_once_or_leave_it_partially_kept_at_the_window_end()
    {
        var (loan, collector, events) = await OverdueLoanAsync();
        var loanId = loan.GetPrimaryKeyString();
        var now = Grid.Clock.GetUtcNow();

        var first = (await loan.RecordPromise(new(1_000m, now.AddDays(1), collector))).Value!;
        await loan.ApplyRepayment(new(Network.NewId("tx"), loanId, 1_000m, now));

        var kept = (await Resolved(events, first.PromiseId));
        Assert.Equal((PromiseStatus.Kept, 1_000m, now), (kept.Status, kept.Paid, kept.At)); // kept before its window even opened

        var second = (await loan.RecordPromise(new(1_000m, now.AddHours(3), collector))).Value!;
        await loan.ApplyRepayment(new(Network.NewId("tx"), loanId, 400m, now));
        var open = (await loan.GetSnapshot())!.Collections.Promises.Single(p => p.PromiseId == second.PromiseId);
        Assert.Equal((PromiseStatus.Open, 400m), (open.Status, open.Paid)); // the rest may still come in time

        Grid.Clock.AdvanceTo(now.AddHours(4));

        var partly = await Resolved(events, second.PromiseId);
        Assert.Equal((PromiseStatus.PartiallyKept, 400m, now.AddHours(4)), (partly.Status, partly.Paid, partly.At));
    }

    [Fact]
    public async Task A_second_promise_waits_until_the_open_one_is_decided()
    {
        var (loan, collector, _) = await OverdueLoanAsync();
        var now = Grid.Clock.GetUtcNow();
        Assert.Null((await loan.RecordPromise(new(500m, now.AddHours(2), collector))).Refusal);

        var refused = await loan.RecordPromise(new(500m, now.AddHours(6), collector));

        Assert.Equal((RefusalKind.Invalid, "promisedFor"), (refused.Refusal?.Kind, refused.Refusal?.Field));
    }
}
