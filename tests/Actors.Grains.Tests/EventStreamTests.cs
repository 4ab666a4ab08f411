using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Events;
using Actors.Contracts.Terminals;
using Actors.Grains.Tests.Support;
using Orleans.Streams;

namespace Actors.Grains.Tests;

[Collection(GridCollection.Name)]
public sealed class EventStreamTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task Grains_publish_what_changed_on_their_institutions_stream()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var received = new ConcurrentQueue<GridEvent>();
        var stream = Grid.Client.GetStreamProvider(GridStreams.ProviderName).GetStream<GridEvent>(GridStreams.ForInstitution(network.InstitutionId));
        var subscription = await stream.SubscribeAsync((e, _) =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        });

        var terminal = Grid.Client.GetGrain<ITerminalGrain>(Network.NewId("T"));
        var now = Grid.Clock.GetUtcNow();
        await terminal.Register(new(network.InstitutionId, "Pharmacy", null, "M-1", now));
        await terminal.ApplySale(new("tx-stream-1", "t", 66m, now));
        Grid.Clock.AdvanceTo(now.AddDays(30));

        var events = await Eventually.Until(() => Task.FromResult(received.ToArray()), e => e.OfType<TerminalActivityChanged>().Any(), "the inactivity event arrives", Grid.Clock);
        var sale = Assert.Single(events.OfType<SaleApplied>());
        Assert.Equal(("tx-stream-1", 66m), (sale.TransactionId, sale.Amount));
        var change = Assert.Single(events.OfType<TerminalActivityChanged>());
        Assert.True(change.Inactive);
        Assert.Equal(now.AddDays(30), change.At);
        await subscription.UnsubscribeAsync();
    }
}
