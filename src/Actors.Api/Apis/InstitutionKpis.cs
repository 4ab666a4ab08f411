using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Domain;
using Actors.Domain.Kpis;

namespace Actors.Api.Apis;

public sealed record SubBranchKpis(string InstitutionId, string Name, KpiFigures Figures, TargetCheck Targets);

public sealed record ManagerKpisView(string ManagerId, KpiFigures Figures);

/// <summary>
/// The managers' KPIs of brief §3 for one month. Derived from each client's settlement account: new accounts from the
/// relationship start date (a corporate client's account counts as a basic account), dormant / reactivated from the
/// movement dates the client keeps, deposits growth from the balances it keeps per month.
/// </summary>
public sealed record InstitutionKpisView(
    string InstitutionId,
    string Month,
    int DormantAfterDays,
    KpiFigures Institution,
    IReadOnlyList<SubBranchKpis> SubBranches,
    IReadOnlyList<ManagerKpisView> Managers);

internal static class InstitutionKpis
{
    public static async Task<InstitutionKpisView?> ForAsync(IGrainFactory grains, string institutionId, DateOnly month, DateOnly today, BankRulesOptions options)
    {
        var activity = await grains.GetGrain<IClientBookGrain>(institutionId).AccountActivity();
        if (activity is null)
        {
            return null;
        }
        var rules = options.Kpis;
        var clock = new BusinessClock(options.UtcOffset);
        var accounts = activity.Select(a => ToFacts(a, clock)).ToList();
        var institutions = await Task.WhenAll(accounts.Select(a => a.InstitutionId).Append(institutionId).Distinct(StringComparer.Ordinal)
            .Select(id => grains.GetGrain<IInstitutionGrain>(id).GetSnapshot()));
        var subBranches = institutions.OfType<InstitutionSnapshot>()
            .Where(i => i.Kind == InstitutionKind.SubBranch)
            .OrderBy(i => i.InstitutionId, StringComparer.Ordinal)
            .Select(i =>
            {
                var figures = ManagerKpis.Figures(accounts.Where(a => a.InstitutionId == i.InstitutionId), month, today, rules);
                return new SubBranchKpis(i.InstitutionId, i.Name, figures, ManagerKpis.Targets(figures, rules));
            })
            .ToList();
        var managers = accounts.Where(a => a.ManagerId is not null)
            .GroupBy(a => a.ManagerId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ManagerKpisView(g.Key, ManagerKpis.Figures(g, month, today, rules)))
            .ToList();
        return new(institutionId, $"{month:yyyy-MM}", rules.DormantAfterDays, ManagerKpis.Figures(accounts, month, today, rules), subBranches, managers);
    }

    private static AccountFacts ToFacts(ClientAccountActivity a, BusinessClock clock) => new(
        a.ClientId, a.InstitutionId, a.ManagerId, a.Kind == ClientKind.Corporate, a.OpenedOn,
        a.LastMovementAt is { } last ? clock.DateOf(last) : null,
        [.. a.Reactivations.Select(r => new Reactivation(r.DormantSince, r.ReactivatedOn))],
        [.. a.Balances.Select(b => new MonthBalance(b.Month, b.Opening, b.Closing))],
        a.Balance);
}
