using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;

namespace Actors.Grains.Tests.Support;

/// <summary>Fresh reference data for one test.</summary>
public sealed class Network(IClusterClient client)
{
    public string InstitutionId { get; } = "SB-" + Guid.NewGuid().ToString("N")[..8];

    public static async Task<Network> CreateAsync(IClusterClient client)
    {
        var network = new Network(client);
        await BankRoot.SubBranchAsync(client, network.InstitutionId);
        return network;
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public async Task<string> Manager()
    {
        var id = NewId("M");
        Assert.Null((await client.GetGrain<IManagerGrain>(id).Register(new(InstitutionId, "Manager", [StaffRole.ClientManager]))).Refusal);
        return id;
    }

    public async Task<string> Client(DateOnly since, string? managerId = null)
    {
        var id = NewId("C");
        var result = await client.GetGrain<IClientGrain>(id).Register(new(InstitutionId, "Client", ClientKind.Corporate, since, managerId, 0));
        Assert.Null(result.Refusal);
        return id;
    }
}
