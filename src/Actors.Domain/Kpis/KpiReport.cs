namespace Actors.Domain.Kpis;

/// <summary>A sub-branch's figures and whether it met its new-account targets.</summary>
public sealed record SubBranchFigures(string InstitutionId, KpiFigures Figures, TargetCheck Targets);

/// <summary>A client manager's figures over the accounts allocated to them.</summary>
public sealed record ManagerFigures(string ManagerId, KpiFigures Figures);

/// <summary>
/// A month's KPIs of brief §3 over an institution's accounts (it and everything beneath it): in all, per sub-branch
/// against the targets, per client manager. The kpis read and the frozen month-end statistics both come from here.
/// </summary>
public sealed record KpiReport(KpiFigures All, IReadOnlyList<SubBranchFigures> SubBranches, IReadOnlyList<ManagerFigures> Managers)
{
    /// <summary>
    /// Every sub-branch named is reported, also one without accounts: it missed its targets, and a month-end report
    /// must say so rather than leave it out.
    /// </summary>
    public static KpiReport Of(IReadOnlyList<AccountFacts> accounts, IEnumerable<string> subBranchIds, DateOnly month, DateOnly today, KpiRules rules)
    {
        var subBranches = subBranchIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id =>
            {
                var figures = ManagerKpis.Figures(accounts.Where(a => a.InstitutionId == id), month, today, rules);
                return new SubBranchFigures(id, figures, ManagerKpis.Targets(figures, rules));
            })
            .ToList();
        var managers = accounts.Where(a => a.ManagerId is not null)
            .GroupBy(a => a.ManagerId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ManagerFigures(g.Key, ManagerKpis.Figures(g, month, today, rules)))
            .ToList();
        return new(ManagerKpis.Figures(accounts, month, today, rules), subBranches, managers);
    }
}
