using Actors.Domain.Loans;

namespace Actors.Domain.Collections;

/// <summary>A call as a board counts it, credited to the room that worked the loan when it was made.</summary>
public sealed record BoardCall(DateTimeOffset At, string CollectorId, string RoomId, bool RightPartyContact);

/// <summary>A promise as a board shows it, credited to the room that worked the loan when it was taken.</summary>
public sealed record BoardPromise(
    string PromiseId, string CollectorId, string RoomId, decimal Amount, DateTimeOffset MadeAt, DateTimeOffset PromisedFor,
    PromiseOutcome Outcome, decimal Paid, DateTimeOffset? ResolvedAt);

/// <summary>A repayment on a loan in collections, credited to the room (and collector) that worked the loan when it arrived.</summary>
public sealed record BoardCollection(string TransactionId, DateTimeOffset At, decimal Amount, string? CollectorId, string RoomId);

/// <summary>One loan as the boards see it: its current room and stage, and its recent collections work.</summary>
public sealed record BoardLoan(
    string LoanId,
    string ClientId,
    string? RoomId,
    LoanStage Stage,
    decimal Outstanding,
    decimal Overdue,
    DateTimeOffset? StageEnteredAt,
    IReadOnlyList<BoardCall> Calls,
    IReadOnlyList<BoardPromise> Promises,
    IReadOnlyList<BoardCollection> Collections);

public sealed record StageFigures(LoanStage Stage, int Loans, decimal Outstanding, decimal Overdue, int EnteredToday);

public sealed record CollectorFigures(string CollectorId, int Calls, int RightPartyContacts, int Promises, decimal Collected);

public sealed record PromiseLine(string LoanId, string ClientId, BoardPromise Promise);

/// <summary>Everything a room's wall board shows, for the room's business date.</summary>
public sealed record BoardFigures(
    IReadOnlyList<StageFigures> Stages,
    IReadOnlyList<PromiseLine> PromisesDue,
    IReadOnlyList<PromiseLine> BrokenToday,
    decimal CollectedToday,
    IReadOnlyList<CollectorFigures> Collectors);

/// <summary>
/// Derives a board from absolute per-loan facts, so the same loan reported twice (a repeated event, a rebuild) changes nothing.
/// </summary>
public static class BoardTally
{
    public static BoardFigures Compute(
        string roomId, IReadOnlyList<LoanStage> roomStages, IEnumerable<BoardLoan> loans, DateTimeOffset now, BusinessClock clock, CollectionsRules rules)
    {
        var today = clock.DateOf(now);
        bool Today(DateTimeOffset instant) => clock.DateOf(instant) == today;
        var all = loans.ToList();

        var inRoom = all.Where(l => l.RoomId == roomId).ToList();
        var stages = roomStages.Select(stage =>
        {
            var members = inRoom.Where(l => l.Stage == stage).ToList();
            return new StageFigures(stage, members.Count, members.Sum(l => l.Outstanding), members.Sum(l => l.Overdue),
                members.Count(l => l.StageEnteredAt is { } entered && Today(entered)));
        }).ToList();

        var promises = all.SelectMany(l => l.Promises.Where(p => p.RoomId == roomId).Select(p => new PromiseLine(l.LoanId, l.ClientId, p))).ToList();
        var due = promises.Where(p => IsDue(p.Promise, now, rules))
            .OrderBy(p => p.Promise.PromisedFor).ThenBy(p => p.LoanId, StringComparer.Ordinal).ToList();
        var broken = promises.Where(p => p.Promise.Outcome == PromiseOutcome.Broken && p.Promise.ResolvedAt is { } at && Today(at))
            .OrderBy(p => p.Promise.ResolvedAt).ThenBy(p => p.LoanId, StringComparer.Ordinal).ToList();

        var calls = all.SelectMany(l => l.Calls).Where(c => c.RoomId == roomId && Today(c.At)).ToList();
        var made = promises.Select(p => p.Promise).Where(p => Today(p.MadeAt)).ToList();
        var collected = all.SelectMany(l => l.Collections).Where(c => c.RoomId == roomId && Today(c.At)).ToList();

        var collectors = calls.Select(c => c.CollectorId)
            .Concat(made.Select(p => p.CollectorId))
            .Concat(collected.Where(c => c.CollectorId is not null).Select(c => c.CollectorId!))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new CollectorFigures(
                id,
                calls.Count(c => c.CollectorId == id),
                calls.Count(c => c.CollectorId == id && c.RightPartyContact),
                made.Count(p => p.CollectorId == id),
                collected.Where(c => c.CollectorId == id).Sum(c => c.Amount)))
            .ToList();

        return new BoardFigures(stages, due, broken, collected.Sum(c => c.Amount), collectors);
    }

    /// <summary>An open promise is due on the board from <c>PromisedFor − lookahead</c> until its follow-up window ends.</summary>
    public static bool IsDue(BoardPromise promise, DateTimeOffset now, CollectionsRules rules) =>
        promise.Outcome == PromiseOutcome.Open
        && promise.PromisedFor - rules.PromisesDueLookahead <= now
        && now < PromiseFollowUp.WindowOf(promise.PromisedFor, rules).Until;

    /// <summary>Whether a loan shows anywhere on the room's board today (its stage, or work credited to the room).</summary>
    public static bool Concerns(string roomId, BoardLoan loan, DateTimeOffset now, BusinessClock clock)
    {
        var today = clock.DateOf(now);
        return loan.RoomId == roomId
            || loan.Calls.Any(c => c.RoomId == roomId && clock.DateOf(c.At) == today)
            || loan.Collections.Any(c => c.RoomId == roomId && clock.DateOf(c.At) == today)
            || loan.Promises.Any(p => p.RoomId == roomId && (p.Outcome == PromiseOutcome.Open || clock.DateOf(p.MadeAt) == today
                || (p.ResolvedAt is { } at && clock.DateOf(at) == today)));
    }

    /// <summary>
    /// When the board changes by time alone: the next local midnight ("today" rolls over), or an open promise entering or
    /// leaving the due list, whichever comes first.
    /// </summary>
    public static DateTimeOffset NextChangeAt(string roomId, IEnumerable<BoardLoan> loans, DateTimeOffset now, BusinessClock clock, CollectionsRules rules)
    {
        var midnight = clock.StartOf(clock.DateOf(now).AddDays(1));
        var boundaries = loans.SelectMany(l => l.Promises)
            .Where(p => p.RoomId == roomId && p.Outcome == PromiseOutcome.Open)
            .SelectMany(p => new DateTimeOffset?[] { p.PromisedFor - rules.PromisesDueLookahead, PromiseFollowUp.WindowOf(p.PromisedFor, rules).Until });
        return Clocks.Earliest(now, [midnight, .. boundaries])!.Value;
    }
}
