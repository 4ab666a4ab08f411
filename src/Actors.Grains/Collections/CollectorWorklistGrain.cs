using Actors.Contracts.Collections;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Domain.Collections;
using Actors.Grains.Infrastructure;
using Orleans.Concurrency;

namespace Actors.Grains.Collections;

/// <summary>
/// Builds a collector's worklist on request from the loans' own state: the institution and every institution below it,
/// the loans held by this collector, and the rules' order of work. Nothing is stored, so nothing can go stale.
/// </summary>
[StatelessWorker]
public sealed class CollectorWorklistGrain(BankRules rules) : Grain, ICollectorWorklistGrain
{
    public async Task<CollectorWorklistView?> Build(string institutionId)
    {
        var root = await GrainFactory.GetGrain<IInstitutionGrain>(institutionId).GetSnapshot();
        if (root is null)
        {
            return null;
        }
        var collectorId = this.GetPrimaryKeyString();
        var loanIds = new List<string>();
        var pending = new Queue<InstitutionSnapshot>([root]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.InstitutionId };
        while (pending.TryDequeue(out var institution))
        {
            loanIds.AddRange(institution.Loans);
            var children = await Task.WhenAll(institution.Children.Where(seen.Add).Select(c => GrainFactory.GetGrain<IInstitutionGrain>(c).GetSnapshot()));
            foreach (var child in children.OfType<InstitutionSnapshot>())
            {
                pending.Enqueue(child);
            }
        }
        var summaries = await Task.WhenAll(loanIds.Select(id => GrainFactory.GetGrain<ILoanGrain>(id).GetCollectionsSummary()));
        var mine = summaries.OfType<LoanCollectionsSummary>().Where(s => s.CollectorId == collectorId).ToList();
        var now = rules.Now;
        var items = CollectorWorklist.Build(mine.Select(s => s.ToWorklistLoan()), now, rules.Clock, rules.Options.Loans, rules.Options.Collections);
        return new CollectorWorklistView(collectorId, institutionId, now, mine.Count, [.. items.Select(i => i.ToView())]);
    }
}
