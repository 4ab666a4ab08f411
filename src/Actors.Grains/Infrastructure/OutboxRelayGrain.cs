using Actors.Contracts;
using Actors.Contracts.Events;
using Actors.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Serialization;

namespace Actors.Grains.Infrastructure;

/// <summary>One bucket of the outbox: publishes the events their grains wrote but did not confirm, then removes them.</summary>
public interface IOutboxRelayGrain : IGrainWithIntegerKey
{
    /// <summary>Buckets of the outbox, each relayed by its own grain.</summary>
    const int Count = 4;

    [OneWay]
    Task Watch();

    /// <summary>Publishes every event of the bucket older than the grace period; the number published.</summary>
    Task<int> Relay();
}

/// <summary>
/// Sweeps its bucket every few seconds while active. A durable reminder brings it back on a live silo after its silo
/// dies, so an event committed with its state is published at least once whatever dies when; readers drop repeats
/// (docs/events.md). The grace period leaves the publishing grain time to publish and remove its own events first.
/// </summary>
public sealed partial class OutboxRelayGrain(IGridStore store, BankRules rules, Serializer serializer, ILogger<OutboxRelayGrain> logger)
    : Grain, IOutboxRelayGrain, IRemindable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SweepPeriod = TimeSpan.FromSeconds(5);
    private const string ReminderName = "outbox";
    private const int Page = 256;
    private IGrainTimer? _sweeps;

    private int Bucket => (int)this.GetPrimaryKeyLong();

    public async Task Watch()
    {
        if (_sweeps is not null)
        {
            return;
        }
        _sweeps = this.RegisterGrainTimer(SweepAsync, new GrainTimerCreationOptions(SweepPeriod, SweepPeriod) { KeepAlive = true });
        await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Watch();

    public async Task<int> Relay()
    {
        var published = 0;
        while (true)
        {
            var due = await store.ReadOutboxAsync(Bucket, rules.Now - Grace, Page);
            var delivered = new List<StoreRow>(due.Count);
            foreach (var entry in due)
            {
                var e = serializer.Deserialize<GridEvent>(entry.Payload)!;
                // Not through the publisher helper: a failure must leave the row for the next sweep, not be logged away.
                await this.GetStreamProvider(GridStreams.ProviderName).GetStream<GridEvent>(GridStreams.Of(e)).OnNextAsync(e);
                delivered.Add(new OutboxRow(entry.Source, entry.Sequence, Bucket, entry.WrittenAt, null));
            }
            if (delivered.Count > 0)
            {
                await store.WriteAsync(delivered);
                published += delivered.Count;
            }
            if (due.Count < Page)
            {
                return published;
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await Relay() is var published and > 0)
            {
                LogRelayed(logger, Bucket, published);
            }
        }
        catch (Exception ex)
        {
            LogRelayFailed(logger, ex, Bucket);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox bucket {Bucket}: published {Events} events their grains had not confirmed")]
    private static partial void LogRelayed(ILogger logger, int bucket, int events);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox bucket {Bucket}: relay failed, retried at the next sweep")]
    private static partial void LogRelayFailed(ILogger logger, Exception ex, int bucket);
}
