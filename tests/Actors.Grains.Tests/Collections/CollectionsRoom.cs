using Actors.Contracts.Clients;
using Actors.Contracts.Collections;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Grains.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Grains.Tests.Collections;

/// <summary>A fresh branch (its collections room) with one sub-branch, for one test: collectors, clients and loans at the sub-branch.</summary>
public sealed class CollectionsRoom(IClusterClient client, FakeTimeProvider clock)
{
    public string BranchId { get; } = "BR-" + Guid.NewGuid().ToString("N")[..8];
    public string SubBranchId { get; } = "SB-" + Guid.NewGuid().ToString("N")[..8];

    public ICollectionsBoardGrain Board => client.GetGrain<ICollectionsBoardGrain>(BranchId);

    public static async Task<CollectionsRoom> CreateAsync(IClusterClient client, FakeTimeProvider clock)
    {
        var room = new CollectionsRoom(client, clock);
        await BankRoot.BranchAsync(client, room.BranchId);
        Assert.Null((await client.GetGrain<IInstitutionGrain>(room.SubBranchId).Register(new("Test Sub-branch", InstitutionKind.SubBranch, room.BranchId))).Refusal);
        return room;
    }

    public async Task<string> Collector(string name = "Collector", string? nameZh = null)
    {
        var id = Network.NewId("COL");
        Assert.Null((await client.GetGrain<IManagerGrain>(id).Register(new(SubBranchId, name, [StaffRole.Collector], nameZh))).Refusal);
        return id;
    }

    /// <summary>A 12-month loan disbursed today (or the last earlier day a disbursement was allowed).</summary>
    public async Task<(ILoanGrain Loan, LoanSnapshot Opened)> Loan(decimal principal = 120_000m)
    {
        var clientId = Network.NewId("C");
        Assert.Null((await client.GetGrain<IClientGrain>(clientId).Register(new(SubBranchId, "Borrower", ClientKind.Corporate, clock.Today().AddYears(-1), null, 0))).Refusal);
        var loan = client.GetGrain<ILoanGrain>(Network.NewId("L"));
        for (var day = clock.Today(); ; day = day.AddDays(-1))
        {
            var result = await loan.Register(new(SubBranchId, clientId, principal, 0.06m, 12, day));
            if (result.Refusal is null)
            {
                return (loan, result.Value!);
            }
        }
    }
}
