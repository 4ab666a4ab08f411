using Actors.Domain.Collections;

namespace Actors.Grains.Loans;

/// <summary>The collections side of a loan's state, written in the same storage write as the rest of the loan.</summary>
[GenerateSerializer, Alias("bg.LoanCollectionsState.v1")]
public sealed class LoanCollectionsState
{
    [Id(0)] public string? CollectorId { get; set; }
    /// <summary>When the current collector took the loan: only promises broken since then count towards a hand-over.</summary>
    [Id(1)] public DateTimeOffset? CollectorSince { get; set; }
    /// <summary>The branch room of the loan's institution (it never changes: an institution's parent is fixed at registration).</summary>
    [Id(2)] public string? BranchRoomId { get; set; }
    /// <summary>When the loan entered its current stage, for the boards' "entered today".</summary>
    [Id(3)] public DateTimeOffset? StageEnteredAt { get; set; }
    [Id(4)] public List<CallState> Calls { get; set; } = [];
    [Id(5)] public List<PromiseState> Promises { get; set; } = [];
    /// <summary>Repayments that arrived while the loan was in collections, with who and which room was working it then.</summary>
    [Id(6)] public List<CollectionCreditState> Credits { get; set; } = [];
    /// <summary>The hand-over flag last published, so the event goes out once when the rule starts to apply.</summary>
    [Id(7)] public bool HandOverPublished { get; set; }
    /// <summary>Grows with every write: a board keeps the summary with the highest revision.</summary>
    [Id(8)] public long Revision { get; set; }
    /// <summary>The rooms whose boards the loan concerned at the last change: they hear the next change even if it leaves them.</summary>
    [Id(9)] public List<string> BoardRooms { get; set; } = [];
    /// <summary>How many board feed events the loan has kept in the outbox: the next one's sequence (its id with the loan's).</summary>
    [Id(10)] public long OutboxSequence { get; set; }

    /// <summary>Whether this collector already logged a call under this client-supplied id (a retried request).</summary>
    public bool HasCall(string collectorId, string? requestId) =>
        requestId is not null && Calls.Exists(c => c.RequestId == requestId && c.CollectorId == collectorId);

    /// <summary>The promise this collector already recorded under this client-supplied id, if any.</summary>
    public PromiseState? PromiseOf(string collectorId, string? requestId) =>
        requestId is null ? null : Promises.Find(p => p.RequestId == requestId && p.CollectorId == collectorId);

    public IReadOnlyList<PromiseToPay> ToPromises() =>
        [.. Promises.Select(p => new PromiseToPay(p.PromiseId, p.Amount, p.PromisedFor, p.MadeAt, p.CollectorId, p.RepaymentsBefore))];
}

[GenerateSerializer, Immutable, Alias("bg.CallState.v1")]
public sealed record CallState(DateTimeOffset At, string CollectorId, NumberType Number, CallOutcome Outcome, string Note, RoomKind Room, string? RequestId = null);

/// <summary>
/// A promise as taken: <see cref="RepaymentsBefore"/> is how many repayments the loan had then (they do not count towards
/// it); <see cref="Published"/> is the outcome last published, to tell when it is decided (or re-decided).
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.PromiseState.v1")]
public sealed record PromiseState(
    string PromiseId, decimal Amount, DateTimeOffset PromisedFor, DateTimeOffset MadeAt, string CollectorId, int RepaymentsBefore, RoomKind Room,
    PromiseOutcome Published, string? RequestId = null);

[GenerateSerializer, Immutable, Alias("bg.CollectionCreditState.v1")]
public sealed record CollectionCreditState(string TransactionId, decimal Amount, DateTimeOffset At, string? CollectorId, RoomKind Room);
