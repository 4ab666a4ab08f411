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

/// <summary>How the promises decided today came out. The kept rate counts only promises kept in full, over all decided.</summary>
public sealed record PromiseKeeping(int Kept, int PartiallyKept, int Broken)
{
    public static readonly PromiseKeeping None = new(0, 0, 0);

    public int Decided => Kept + PartiallyKept + Broken;

    /// <summary>Kept ÷ decided, 0–1; null while nothing was decided today (a rate of nothing is not 0%).</summary>
    public decimal? KeptRate => Decided == 0 ? null : Math.Round((decimal)Kept / Decided, 4);

    public static PromiseKeeping Of(IEnumerable<BoardPromise> decided)
    {
        var outcomes = decided.Select(p => p.Outcome).ToList();
        return new(outcomes.Count(o => o == PromiseOutcome.Kept), outcomes.Count(o => o == PromiseOutcome.PartiallyKept),
            outcomes.Count(o => o == PromiseOutcome.Broken));
    }
}

/// <summary>One collector's day in the room: calls, right-party contacts, promises taken and decided, money collected against the daily target.</summary>
public sealed record CollectorFigures(
    string CollectorId, int Calls, int RightPartyContacts, int Promises, decimal Collected, PromiseKeeping PromisesDecided, decimal DailyTarget)
{
    /// <summary>Collected ÷ target, 0 and up (1 = target met).</summary>
    public decimal TargetShare => DailyTarget <= 0 ? 0 : Math.Round(Collected / DailyTarget, 4);
}

public sealed record PromiseLine(string LoanId, string ClientId, BoardPromise Promise);

/// <summary>
/// Everything a room's wall board shows, for the room's business date. Collected today is the collectors' rows plus the
/// money that came in on loans nobody collects (a borrower paying on the due date before anyone called): the rows add up.
/// </summary>
public sealed record BoardFigures(
    IReadOnlyList<StageFigures> Stages,
    IReadOnlyList<PromiseLine> PromisesDue,
    IReadOnlyList<PromiseLine> BrokenToday,
    IReadOnlyList<CollectorFigures> Collectors,
    decimal CollectedWithoutCollector,
    PromiseKeeping PromisesDecidedToday)
{
    public decimal CollectedToday => Collectors.Sum(c => c.Collected) + CollectedWithoutCollector;
}

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
        var decided = promises.Select(p => p.Promise)
            .Where(p => p.Outcome != PromiseOutcome.Open && p.ResolvedAt is { } at && Today(at)).ToList();
        var collected = all.SelectMany(l => l.Collections).Where(c => c.RoomId == roomId && Today(c.At)).ToList();

        var collectors = calls.Select(c => c.CollectorId)
            .Concat(made.Select(p => p.CollectorId))
            .Concat(decided.Select(p => p.CollectorId))
            .Concat(collected.Where(c => !string.IsNullOrEmpty(c.CollectorId)).Select(c => c.CollectorId!))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new CollectorFigures(
                id,
                calls.Count(c => c.CollectorId == id),
                calls.Count(c => c.CollectorId == id && c.RightPartyContact),
                made.Count(p => p.CollectorId == id),
                collected.Where(c => c.CollectorId == id).Sum(c => c.Amount),
                PromiseKeeping.Of(decided.Where(p => p.CollectorId == id)),
                rules.DailyCollectionTarget))
            .ToList();

        return new BoardFigures(stages, due, broken, collectors, collected.Where(c => string.IsNullOrEmpty(c.CollectorId)).Sum(c => c.Amount), PromiseKeeping.Of(decided));
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
