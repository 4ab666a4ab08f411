namespace Actors.Domain.Lobby;

/// <summary>
/// A ticket's time in the lobby: how long it has waited (every wait, the one after a transfer too) and how long it was
/// at a desk. A no-show's time at the desk is not service: nobody came.
/// </summary>
public sealed record TicketTimes(DateTimeOffset WaitingSince, DateTimeOffset? AtDeskSince, TimeSpan Waited, TimeSpan Served, bool EverCalled)
{
    public static TicketTimes IssuedAt(DateTimeOffset at) => new(at, null, TimeSpan.Zero, TimeSpan.Zero, false);

    public TicketTimes Called(DateTimeOffset at) =>
        this with { Waited = Waited + (at - WaitingSince), AtDeskSince = at, EverCalled = true };

    /// <summary>Transferred or re-queued: the time at the desk was service, and a new wait starts.</summary>
    public TicketTimes Requeued(DateTimeOffset at) =>
        this with { Served = Served + SinceAtDesk(at), AtDeskSince = null, WaitingSince = at };

    public TicketTimes Finished(DateTimeOffset at) => this with { Served = Served + SinceAtDesk(at), AtDeskSince = null };

    public TicketTimes NoShow() => this with { AtDeskSince = null };

    /// <summary>Parked at the desk (gone to fetch a document): service so far counts if it had started; no wait runs meanwhile.</summary>
    public TicketTimes Parked(DateTimeOffset at, bool serving) => serving ? Finished(at) : NoShow();

    /// <summary>The wait ended without a call (closed at the day's end, or voided): it still counts as time waited.</summary>
    public TicketTimes WaitEnded(DateTimeOffset at) => this with { Waited = Waited + (at - WaitingSince) };

    private TimeSpan SinceAtDesk(DateTimeOffset at) => AtDeskSince is { } since ? at - since : TimeSpan.Zero;
}
