using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders.Diagnostics;
using Orleans.Runtime;

namespace Actors.Storage.Tests;

public sealed class ReminderTests
{
    private static readonly DateTime T0 = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_reminder_survives_restart_and_fires_at_its_next_period_boundary()
    {
        using var dir = new TempDataDirectory();
        var serviceId = Guid.NewGuid().ToString("N");
        var grainKey = "ticker-" + Guid.NewGuid().ToString("N");
        var period = TimeSpan.FromMinutes(2);

        // Cluster 1: register at T0, first tick due at T0+2min. The clock never moves, so nothing fires.
        var clock1 = new FakeTimeProvider(T0);
        var first = await EmbeddedCluster.StartAsync(dir.Path, serviceId, clock1);
        GrainId grainId;
        try
        {
            var grain = first.Client.GetGrain<ICounterGrain>(grainKey);
            grainId = grain.GetGrainId();
            await grain.RegisterTick(dueTime: period, period: period);
            Assert.Empty(await grain.GetTicks());
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(first);
        }

        // The row as stored: UTC wall time as text, period in milliseconds, first version 0.
        Assert.Equal("2030-01-01 00:02:00", await Sql.ScalarAsync<string>(dir.ConnectionString,
            "SELECT StartTime FROM OrleansRemindersTable WHERE ServiceId = $s AND GrainId = $g;", ("$s", serviceId), ("$g", grainId.ToString())));
        Assert.Equal(120_000L, await Sql.ScalarAsync<long>(dir.ConnectionString,
            "SELECT Period FROM OrleansRemindersTable WHERE ServiceId = $s AND GrainId = $g;", ("$s", serviceId), ("$g", grainId.ToString())));

        // Cluster 2 starts at T0+3min: the first tick (T0+2min) came due while nothing was running.
        var events = new ConcurrentQueue<ReminderEvents.ReminderEvent>();
        var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = ReminderEvents.AllEvents.Subscribe(new Observer(e =>
        {
            if (e.GrainId != grainId)
            {
                return;
            }

            events.Enqueue(e);
            if (e is ReminderEvents.LocalReminderTickWaitArmed)
            {
                armed.TrySetResult();
            }
        }));

        var clock2 = new FakeTimeProvider(T0 + TimeSpan.FromMinutes(3));
        var second = await EmbeddedCluster.StartAsync(dir.Path, serviceId, clock2);
        try
        {
            // The reminder service loads the row from the file at start-up (no grain call, no clock movement)
            // and waits for the next period boundary.
            await armed.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.DoesNotContain(events, e => e is ReminderEvents.TickFiring);

            // One second before the boundary: not due, nothing fires (timers run synchronously in Advance).
            clock2.Advance(TimeSpan.FromSeconds(59));
            Assert.DoesNotContain(events, e => e is ReminderEvents.TickFiring);

            // At T0+4min = StartAt + 1 period it fires: once, with the stored StartTime intact.
            clock2.Advance(TimeSpan.FromSeconds(1));
            var grain = second.Client.GetGrain<ICounterGrain>(grainKey);
            await Eventually.HoldsAsync(async () => (await grain.GetTicks()).Count > 0, "the reminder tick is delivered");

            var tick = Assert.Single(await grain.GetTicks());
            Assert.Equal(T0 + period, tick.FirstTickTime);
            Assert.Equal(DateTimeKind.Utc, tick.FirstTickTime.Kind);
            Assert.Equal(T0 + TimeSpan.FromMinutes(4), tick.CurrentTickTime);
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(second);
        }
    }

    [Fact]
    public async Task Range_reads_are_exact_across_the_whole_unsigned_ring()
    {
        using var dir = new TempDataDirectory();
        var cluster = await EmbeddedCluster.StartAsync(dir.Path, Guid.NewGuid().ToString("N"));
        try
        {
            var table = cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();

            // Far in the future (beyond the loading window), so the reminder service never tries to deliver them.
            var start = DateTime.UtcNow.AddYears(1);
            var ids = Enumerable.Range(0, 200).Select(i => GrainId.Create("rangeprobe", $"p{i}")).ToArray();
            foreach (var id in ids)
            {
                await table.UpsertRow(new ReminderEntry { GrainId = id, ReminderName = "r", StartAt = start, Period = TimeSpan.FromHours(1) });
            }

            var hashes = ids.ToDictionary(id => id, id => id.GetUniformHashCode());
            Assert.Contains(hashes.Values, h => h >= 0x8000_0000u);
            Assert.Contains(hashes.Values, h => h < 0x8000_0000u);

            var sorted = hashes.Values.Order().ToArray();
            var ranges = new List<(uint Begin, uint End)>
            {
                (0, 0), (0x8000_0000, 0x8000_0000), (0, 0x7FFF_FFFF), (0x7FFF_FFFF, 0xFFFF_FFFF),
                (0x7FFF_FFF0, 0x8000_0010), (0x8000_0000, 0x7FFF_FFFF), (0xFFFF_FFF0, 0x10),
                (0x4000_0000, 0xC000_0000), (0xC000_0000, 0x4000_0000), (0, 0xFFFF_FFFF), (0xFFFF_FFFF, 0),
                // Exact stored hashes as bounds: Begin is exclusive, End inclusive.
                (sorted[10], sorted[150]), (sorted[150], sorted[10]), (sorted[0], sorted[^1]), (sorted[^1], sorted[0]),
                (sorted[5], sorted[5]),
            };
            var random = new Random(1234);
            for (var i = 0; i < 40; i++)
            {
                ranges.Add(((uint)random.NextInt64(0, 1L << 32), (uint)random.NextInt64(0, 1L << 32)));
            }

            foreach (var (begin, end) in ranges)
            {
                var expected = hashes.Where(kv => InRing(kv.Value, begin, end)).Select(kv => kv.Key.ToString()).Order(StringComparer.Ordinal);
                var actual = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId.ToString()).Order(StringComparer.Ordinal);
                Assert.True(expected.SequenceEqual(actual), $"range (0x{begin:X8}, 0x{end:X8}]: expected {expected.Count()} rows, got {actual.Count()}");
            }
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(cluster);
        }
    }

    [Fact]
    public async Task Reminder_table_round_trips_rows_and_honours_etags()
    {
        using var dir = new TempDataDirectory();
        var cluster = await EmbeddedCluster.StartAsync(dir.Path, Guid.NewGuid().ToString("N"));
        try
        {
            var table = cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
            var grainId = GrainId.Create("contract", "reminders");
            var startAt = new DateTime(2031, 6, 1, 12, 34, 56, DateTimeKind.Utc).AddTicks(1234567);
            var longPeriod = TimeSpan.FromDays(30); // more milliseconds than int.MaxValue: bound as BIGINT

            var etag0 = await table.UpsertRow(new ReminderEntry { GrainId = grainId, ReminderName = "a", StartAt = startAt, Period = longPeriod });
            await table.UpsertRow(new ReminderEntry { GrainId = grainId, ReminderName = "b", StartAt = startAt, Period = TimeSpan.FromMinutes(1) });
            Assert.Equal("0", etag0);

            var row = await table.ReadRow(grainId, "a");
            Assert.NotNull(row);
            Assert.Equal(startAt, row.StartAt);
            Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
            Assert.Equal(longPeriod, row.Period);
            Assert.Equal("0", row.ETag);
            Assert.Null(await table.ReadRow(grainId, "missing"));

            var etag1 = await table.UpsertRow(new ReminderEntry { GrainId = grainId, ReminderName = "a", StartAt = startAt.AddDays(1), Period = longPeriod });
            Assert.Equal("1", etag1);
            Assert.Equal(["a", "b"], (await table.ReadRows(grainId)).Reminders.Select(r => r.ReminderName).Order(StringComparer.Ordinal));

            Assert.False(await table.RemoveRow(grainId, "a", etag0!));
            Assert.True(await table.RemoveRow(grainId, "a", etag1!));
            Assert.False(await table.RemoveRow(grainId, "a", etag1!));
            Assert.Equal(["b"], (await table.ReadRows(grainId)).Reminders.Select(r => r.ReminderName));

            await table.TestOnlyClearTable();
            Assert.Empty((await table.ReadRows(grainId)).Reminders);
        }
        finally
        {
            await EmbeddedCluster.ShutdownAsync(cluster);
        }
    }

    /// <summary>Orleans' ring range (begin, end], wrapping; begin == end is the whole ring.</summary>
    private static bool InRing(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private sealed class Observer(Action<ReminderEvents.ReminderEvent> onNext) : IObserver<ReminderEvents.ReminderEvent>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(ReminderEvents.ReminderEvent value) => onNext(value);
    }
}
