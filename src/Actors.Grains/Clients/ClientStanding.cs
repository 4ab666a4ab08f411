using Actors.Domain;
using Actors.Domain.Clients;

namespace Actors.Grains.Clients;

/// <summary>A client's tier and visit due date on one business date, as the rules give them.</summary>
internal sealed record ClientStanding(decimal StandardDeposits, ClientTier Tier, DateOnly RatedFrom, DateOnly VisitDueOn, bool VisitOverdue, DateOnly Today)
{
    public static ClientStanding Of(ClientState s, BusinessClock clock, DateOnly today, ClientRules rules)
    {
        var standard = ClientTiering.StandardDeposits(s.DepositBalance, s.LoanBalance, s.FeeIncome, rules);
        var tier = ClientTiering.TierOf(standard, s.AdverseRecord, s.RelationshipSince, today, rules);
        var lastVisit = s.Visits.Count == 0 ? s.RelationshipSince : clock.DateOf(s.Visits.Max(v => v.At));
        var due = VisitSchedule.NextVisitDue(lastVisit, tier, rules);
        return new(standard, tier, ClientTiering.RatedFrom(s.RelationshipSince, rules), due, today > due, today);
    }

    /// <summary>The next local midnight at which the standing can change by time alone: rating starts, or the visit falls overdue.</summary>
    public DateTimeOffset? NextChangeAt(BusinessClock clock)
    {
        DateOnly? next = null;
        if (Today < RatedFrom)
        {
            next = RatedFrom;
        }
        if (!VisitOverdue)
        {
            var overdueFrom = VisitDueOn.AddDays(1);
            next = next is null || overdueFrom < next ? overdueFrom : next;
        }
        return next is null ? null : clock.StartOf(next.Value);
    }
}
