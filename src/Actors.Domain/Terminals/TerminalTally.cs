namespace Actors.Domain.Terminals;

/// <summary>A terminal as the month-end count needs it.</summary>
public sealed record TerminalMonthFacts(DateTimeOffset SignedUpAt, DateTimeOffset? InactiveAt, bool ActiveInMonth);

/// <summary>
/// The month-end terminal count of an institution (brief §2, §7): terminals signed up by the month end, those active in
/// the month (at least one transaction in it) and those inactive at the month-end instant (on the inactive list).
/// </summary>
public sealed record TerminalTally(int Registered, int ActiveInMonth, int InactiveAtMonthEnd)
{
    public static TerminalTally Of(IEnumerable<TerminalMonthFacts> terminals, DateTimeOffset monthEnd)
    {
        var counted = terminals.Where(t => t.SignedUpAt < monthEnd).ToList();
        return new(
            counted.Count,
            counted.Count(t => t.ActiveInMonth),
            counted.Count(t => t.InactiveAt is { } at && InactiveList.IsListed(at, monthEnd)));
    }

    public static TerminalTally Sum(IEnumerable<TerminalTally> tallies) =>
        tallies.Aggregate(new TerminalTally(0, 0, 0), (a, b) => new(a.Registered + b.Registered, a.ActiveInMonth + b.ActiveInMonth, a.InactiveAtMonthEnd + b.InactiveAtMonthEnd));
}
