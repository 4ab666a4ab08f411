using System.Diagnostics;
using System.Threading.Channels;

namespace Actors.Screens.Batching;

/// <summary>
/// Buffers one screen's deltas and sends them by time or size, whichever comes first: a batch opens with its first
/// delta and is flushed when the window has passed since then or when it holds <c>maxBatch</c> deltas. A batch is sent
/// as its coalesced runs (<see cref="DeltaRuns"/>), in order; batches never overlap, so a screen sees its deltas in
/// the order they arrived.
/// </summary>
/// <remarks>
/// A quiet screen waits at most one window for a lone delta (unlike a flush that waits for a queue to fill), and a
/// burst costs a handful of sends instead of one per delta.
/// </remarks>
public sealed class DeltaBatcher<TDelta> : IAsyncDisposable where TDelta : class
{
    // Each delta with the moment it was posted (a Stopwatch timestamp), for the push delay the host reports.
    private readonly Channel<(TDelta Delta, long PostedAt)> _inbox = Channel.CreateUnbounded<(TDelta, long)>(new() { SingleReader = true });
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<TDelta, TDelta, TDelta?> _tryMerge;
    private readonly Func<IReadOnlyList<TDelta>, int, CancellationToken, Task> _send;
    private readonly Action<Exception> _sendFailed;
    private readonly Action<int, long>? _sent;
    private readonly TimeSpan _window;
    private readonly int _maxBatch;
    private readonly TimeProvider _time;
    private readonly Task _loop;

    /// <param name="send">Sends the coalesced runs of one batch; told how many deltas the batch held.</param>
    /// <param name="sendFailed">Told of a send that threw; the batcher goes on with the next batch (screens resync on the gap).</param>
    /// <param name="sent">Told of each batch sent: how many deltas it held and when its oldest was posted (a Stopwatch timestamp).</param>
    public DeltaBatcher(
        Func<TDelta, TDelta, TDelta?> tryMerge,
        Func<IReadOnlyList<TDelta>, int, CancellationToken, Task> send,
        Action<Exception> sendFailed,
        TimeSpan window,
        int maxBatch,
        TimeProvider time,
        Action<int, long>? sent = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _tryMerge = tryMerge;
        _send = send;
        _sendFailed = sendFailed;
        _sent = sent;
        _window = window;
        _maxBatch = maxBatch;
        _time = time;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a delta; never blocks the stream that delivers it.</summary>
    public void Post(TDelta delta) => _inbox.Writer.TryWrite((delta, Stopwatch.GetTimestamp()));

    private async Task RunAsync()
    {
        var reader = _inbox.Reader;
        var batch = new List<TDelta>(capacity: Math.Min(_maxBatch, 1024));
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token))
            {
                var oldest = await FillAsync(reader, batch);
                if (batch.Count > 0)
                {
                    await SendAsync(batch, oldest);
                    batch.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(List<TDelta> batch, long oldestPostedAt)
    {
        try
        {
            await _send(DeltaRuns.Coalesce(batch, _tryMerge), batch.Count, _stopping.Token);
            _sent?.Invoke(batch.Count, oldestPostedAt);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            _sendFailed(ex);
        }
    }

    /// <summary>
    /// Reads until the batch is full, the window since its first delta has passed, or the inbox is closed; answers when
    /// the batch's first delta was posted.
    /// </summary>
    private async Task<long> FillAsync(ChannelReader<(TDelta Delta, long PostedAt)> reader, List<TDelta> batch)
    {
        var oldest = 0L;
        using var window = new CancellationTokenSource(_window, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(window.Token, _stopping.Token);
        while (batch.Count < _maxBatch)
        {
            if (reader.TryRead(out var posted))
            {
                oldest = batch.Count == 0 ? posted.PostedAt : oldest;
                batch.Add(posted.Delta);
                continue;
            }
            try
            {
                if (!await reader.WaitToReadAsync(either.Token))
                {
                    return oldest;
                }
            }
            catch (OperationCanceledException) when (window.IsCancellationRequested && !_stopping.IsCancellationRequested)
            {
                return oldest;
            }
        }
        return oldest;
    }

    /// <summary>Sends what is already queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _inbox.Writer.TryComplete();
        // A send stuck on a dead connection must not hold up the host's stop.
        _stopping.CancelAfter(DrainTimeout);
        await _loop;
        _stopping.Dispose();
    }
}
