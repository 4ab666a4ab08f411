using System.Collections.Concurrent;
using Actors.Contracts.Screens;
using Actors.Screens.Batching;
using Actors.Screens.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Actors.Screens.Tests.Support.Deltas;

namespace Actors.Screens.Tests.Batching;

/// <summary>The relay's batching on a fake clock: a batch goes out when its window has passed or when it is full.</summary>
public sealed class DeltaBatcherTests : IAsyncDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(50);

    private readonly FakeTimeProvider _clock = new(T0);
    private readonly ConcurrentQueue<Sent> _sent = new();
    private readonly ConcurrentQueue<Exception> _failures = new();
    private DeltaBatcher<LobbyDelta>? _batcher;

    private sealed record Sent(int Received, IReadOnlyList<LobbyDelta> Messages, DateTimeOffset At);

    private DeltaBatcher<LobbyDelta> Start(int maxBatch, Func<IReadOnlyList<LobbyDelta>, Task>? send = null) =>
        _batcher = new DeltaBatcher<LobbyDelta>(
            LobbyDeltaMerge.TryMerge,
            async (runs, received, _) =>
            {
                if (send is not null)
                {
                    await send(runs);
                }
                _sent.Enqueue(new Sent(received, runs, _clock.GetUtcNow()));
            },
            _failures.Enqueue,
            Window,
            maxBatch,
            _clock);

    [Fact]
    public async Task A_quiet_screens_deltas_go_out_together_once_the_window_has_passed_not_before()
    {
        var batcher = Start(maxBatch: 500);
        var postedAt = _clock.GetUtcNow();

        batcher.Post(Lobby(0, 1));
        batcher.Post(Lobby(1, 2));
        batcher.Post(Lobby(2, 3));

        var sent = Assert.Single(await Eventually.Until(() => _sent.ToArray(), s => s.Length > 0, "the batch is sent", _clock));
        Assert.True(sent.At - postedAt >= Window, $"sent {sent.At - postedAt} after the first delta, before the {Window} window");
        Assert.Equal(3, sent.Received);
        var message = Assert.Single(sent.Messages);
        Assert.Equal((0L, 3L), (message.FromSeq, message.Seq));
    }

    [Fact]
    public async Task A_full_batch_goes_out_at_once_without_waiting_for_the_window()
    {
        var batcher = Start(maxBatch: 5);

        for (var seq = 1; seq <= 12; seq++)
        {
            batcher.Post(Lobby(seq - 1, seq));
        }

        var full = await Eventually.Until(() => _sent.ToArray(), s => s.Length == 2, "two full batches are sent");
        Assert.All(full, s => Assert.Equal((5, T0), (s.Received, s.At)));
        Assert.Equal(["0→5", "5→10"], full.Select(s => $"{s.Messages.Single().FromSeq}→{s.Messages.Single().Seq}"));

        var rest = await Eventually.Until(() => _sent.ToArray(), s => s.Length == 3, "the rest is sent after the window", _clock);
        Assert.Equal("10→12", $"{rest[2].Messages.Single().FromSeq}→{rest[2].Messages.Single().Seq}");
    }

    [Fact]
    public async Task A_burst_of_a_thousand_deltas_is_a_handful_of_messages_that_reach_the_last_seq()
    {
        var batcher = Start(maxBatch: 500);

        for (var seq = 1; seq <= 1000; seq++)
        {
            batcher.Post(Lobby(seq - 1, seq, tickets: [Ticket($"t{seq % 7}")]));
        }

        var sent = await Eventually.Until(() => _sent.ToArray(), s => s.Sum(x => x.Received) == 1000, "all 1,000 deltas are sent", _clock);
        var messages = sent.SelectMany(s => s.Messages).ToList();
        Assert.InRange(messages.Count, 2, 5);
        Assert.Equal(0, messages[0].FromSeq);
        Assert.Equal(1000, messages[^1].Seq);
        Assert.All(messages.Zip(messages.Skip(1)), pair => Assert.Equal(pair.First.Seq, pair.Second.FromSeq));
        Assert.Equal(7, messages[^1].Tickets.Count);
    }

    [Fact]
    public async Task Batches_are_sent_in_order_and_a_failed_send_does_not_stop_the_next()
    {
        var calls = 0;
        var batcher = Start(maxBatch: 2, send: _ => ++calls == 1 ? throw new InvalidOperationException("connection lost") : Task.CompletedTask);

        batcher.Post(Lobby(0, 1));
        batcher.Post(Lobby(1, 2));
        batcher.Post(Lobby(2, 3));
        batcher.Post(Lobby(3, 4));

        var sent = Assert.Single(await Eventually.Until(() => _sent.ToArray(), s => s.Length == 1, "the second batch is sent"));
        Assert.Equal((2L, 4L), (sent.Messages.Single().FromSeq, sent.Messages.Single().Seq));
        Assert.Equal("connection lost", Assert.Single(_failures).Message);
    }

    [Fact]
    public async Task Stopping_sends_what_is_queued()
    {
        var batcher = Start(maxBatch: 500);
        batcher.Post(Lobby(0, 1));

        await batcher.DisposeAsync();
        _batcher = null;

        Assert.Equal(1, Assert.Single(_sent).Messages.Single().Seq);
    }

    public async ValueTask DisposeAsync()
    {
        if (_batcher is not null)
        {
            await _batcher.DisposeAsync();
        }
    }
}
