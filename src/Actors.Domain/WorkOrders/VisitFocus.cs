namespace Actors.Domain.WorkOrders;

/// <summary>What the issuer knows of one loan when the month's work orders are issued.</summary>
public sealed record LoanFacts(string LoanId, string ClientId, decimal Outstanding, DateOnly MaturesOn);

/// <summary>One work order to issue: a micro-finance client and its loan maturing soonest.</summary>
public sealed record ClientToVisit(string ClientId, string SoonestLoanId, DateOnly SoonestMaturity, bool Focus);

/// <summary>
/// Who gets a work order and who gets the focused visit. A micro-finance client is a client with at least one loan
/// of the sub-branch still outstanding at the issue instant (the documents do not define it further; a repaid loan
/// needs no after-sales visit).
/// </summary>
public static class VisitFocus
{
    /// <summary>A loan maturing on or before the issue date plus the window (exactly 2 months included) is focused.</summary>
    public static bool IsFocus(DateOnly issuedOn, DateOnly maturesOn, WorkOrderRules rules) =>
        maturesOn <= issuedOn.AddMonths(rules.FocusMonthsToMaturity);

    public static IReadOnlyList<ClientToVisit> ClientsToVisit(IEnumerable<LoanFacts> loans, DateOnly issuedOn, WorkOrderRules rules) =>
        [.. loans.Where(l => l.Outstanding > 0)
            .GroupBy(l => l.ClientId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(l => l.MaturesOn).ThenBy(l => l.LoanId, StringComparer.Ordinal).First())
            .Select(l => new ClientToVisit(l.ClientId, l.LoanId, l.MaturesOn, IsFocus(issuedOn, l.MaturesOn, rules)))
            .OrderBy(c => c.ClientId, StringComparer.Ordinal)];
}
