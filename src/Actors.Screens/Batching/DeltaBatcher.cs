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
    private readonly Channel<TDelta> _inbox = Channel.CreateUnbounded<TDelta>(new() { SingleReader = true });
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<TDelta, TDelta, TDelta?> _tryMerge;
    private readonly Func<IReadOnlyList<TDelta>, int, CancellationToken, Task> _send;
    private readonly Action<Exception> _sendFailed;
    private readonly TimeSpan _window;
    private readonly int _maxBatch;
    private readonly TimeProvider _time;
    private readonly Task _loop;

    /// <param name="send">Sends the coalesced runs of one batch; told how many deltas the batch held.</param>
    /// <param name="sendFailed">Told of a send that threw; the batcher goes on with the next batch (screens resync on the gap).</param>
    public DeltaBatcher(
        Func<TDelta, TDelta, TDelta?> tryMerge,
        Func<IReadOnlyList<TDelta>, int, CancellationToken, Task> send,
        Action<Exception> sendFailed,
        TimeSpan window,
        int maxBatch,
        TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _tryMerge = tryMerge;
        _send = send;
        _sendFailed = sendFailed;
        _window = window;
        _maxBatch = maxBatch;
        _time = time;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a delta; never blocks the stream that delivers it.</summary>
    public void Post(TDelta delta) => _inbox.Writer.TryWrite(delta);

    private async Task RunAsync()
    {
        var reader = _inbox.Reader;
        var batch = new List<TDelta>(capacity: Math.Min(_maxBatch, 1024));
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token))
            {
                await FillAsync(reader, batch);
                if (batch.Count > 0)
                {
                    await SendAsync(batch);
                    batch.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(List<TDelta> batch)
    {
        try
        {
            await _send(DeltaRuns.Coalesce(batch, _tryMerge), batch.Count, _stopping.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            _sendFailed(ex);
        }
    }

    /// <summary>Reads until the batch is full, the window since its first delta has passed, or the inbox is closed.</summary>
    private async Task FillAsync(ChannelReader<TDelta> reader, List<TDelta> batch)
    {
        using var window = new CancellationTokenSource(_window, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(window.Token, _stopping.Token);
        while (batch.Count < _maxBatch)
        {
            if (reader.TryRead(out var delta))
            {
                batch.Add(delta);
                continue;
            }
            try
            {
                if (!await reader.WaitToReadAsync(either.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (window.IsCancellationRequested && !_stopping.IsCancellationRequested)
            {
                return;
            }
        }
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
