using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;

namespace Actors.Hosting.Demo;

/// <summary>A sub-branch as the back office sees it at 08:30: its clients, terminals, loans and staff, read from their grains.</summary>
internal sealed record DemoBranch(
    string Id,
    IReadOnlyList<ClientSnapshot> Clients,
    IReadOnlyList<TerminalSnapshot> Terminals,
    IReadOnlyList<LoanSnapshot> Loans,
    IReadOnlyList<ManagerSnapshot> Staff)
{
    public string LobbyManager => Staff.FirstOrDefault(s => s.Roles.Contains(StaffRole.LobbyManager))?.ManagerId ?? DemoRoster.LobbyManager(Id);

    public IReadOnlyList<string> Collectors =>
        Staff.Where(s => s.Roles.Contains(StaffRole.Collector)).Select(s => s.ManagerId).DefaultIfEmpty(DemoRoster.Collectors(Id)[0]).ToList();

    public IReadOnlyList<string> ClientManagers => [.. Staff.Where(s => s.Roles.Contains(StaffRole.ClientManager)).Select(s => s.ManagerId)];

    /// <summary>Every sub-branch in the bank's directory, in id order (so the day plans them in the same order every time).</summary>
    public static async Task<IReadOnlyList<string>> SubBranchIdsAsync(IGrainFactory grains)
    {
        var ids = new List<string>();
        foreach (var id in (await grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List()).Order(StringComparer.Ordinal))
        {
            if (await grains.GetGrain<IInstitutionGrain>(id).GetSnapshot() is { Kind: InstitutionKind.SubBranch })
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    public static async Task<DemoBranch> ReadAsync(IGrainFactory grains, string id)
    {
        var institution = await grains.GetGrain<IInstitutionGrain>(id).GetSnapshot()
            ?? throw new InvalidOperationException($"institution {id} is not registered");
        var clients = await All(institution.Clients, c => grains.GetGrain<IClientGrain>(c).GetSnapshot());
        var terminals = await All(institution.Terminals, t => grains.GetGrain<ITerminalGrain>(t).GetSnapshot());
        var loans = await All(institution.Loans, l => grains.GetGrain<ILoanGrain>(l).GetSnapshot());
        var staff = await All(institution.Managers, m => grains.GetGrain<IManagerGrain>(m).GetSnapshot());
        return new DemoBranch(id, clients, terminals, loans, staff);
    }

    public DemoBranch WithLoans(IReadOnlyList<LoanSnapshot> loans) => this with { Loans = loans };

    /// <summary>In id order, so the day plans from the same lists every time.</summary>
    private static async Task<IReadOnlyList<T>> All<T>(IEnumerable<string> ids, Func<string, Task<T?>> read) where T : class
    {
        var found = new List<T>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            if (await read(id) is { } snapshot)
            {
                found.Add(snapshot);
            }
        }
        return found;
    }
}
