using Actors.Storage;

namespace Actors.Testing;

/// <summary>
/// What every grid store must do with the outbox (docs/events.md): an event is stored exactly when the state it comes
/// with is, once however often it is written, and is gone once the relay has removed it.
/// </summary>
public static class OutboxContract
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));

    public static async Task HoldsAnEventExactlyWhenItsStateIsWritten(IGridStore store)
    {
        var loan = "loan/L-" + Guid.NewGuid().ToString("N");
        var key = new StateKey(loan.GetHashCode(StringComparison.Ordinal), 0, 0, 23, "loan", loan);

        Assert.True((await store.WriteAsync([new StateRow(key, [1], null), Event(loan, 1, T0)])).Applied);
        // A stale version: the state is refused, and its event with it.
        Assert.False((await store.WriteAsync([new StateRow(key, [2], 7), Event(loan, 2, T0.AddSeconds(1))])).Applied);
        // The next write of the state carries the next event; the same event written again (a retried write) is kept once.
        Assert.True((await store.WriteAsync([new StateRow(key, [3], 1), Event(loan, 2, T0.AddSeconds(2)), Event(loan, 1, T0)])).Applied);

        var held = await store.ReadOutboxAsync(Bucket, T0.AddMinutes(1), 100);
        Assert.Equal([(loan, 1L), (loan, 2L)], held.Where(e => e.Source == loan).Select(e => (e.Source, e.Sequence)));
        Assert.Equal([1, 2], held.Where(e => e.Source == loan).Select(e => (int)e.Payload[0]));
        Assert.Equal([1L], (await store.ReadOutboxAsync(Bucket, T0, 100)).Where(e => e.Source == loan).Select(e => e.Sequence));
        Assert.DoesNotContain(await store.ReadOutboxAsync(Bucket + 1, T0.AddMinutes(1), 100), e => e.Source == loan);

        Assert.True((await store.WriteAsync([new OutboxRow(loan, 1, Bucket, T0, null)])).Applied);
        Assert.Equal([2L], (await store.ReadOutboxAsync(Bucket, T0.AddMinutes(1), 100)).Where(e => e.Source == loan).Select(e => e.Sequence));
    }

    private const int Bucket = 3;

    private static OutboxRow Event(string source, long sequence, DateTimeOffset at) => new(source, sequence, Bucket, at, [(byte)sequence]);
}
