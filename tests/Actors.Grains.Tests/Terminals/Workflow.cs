using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests.Terminals;

/// <summary>
/// Fresh staff for one workflow test: an outgoing sub-branch A (the maintainer, a team lead, its head), an incoming
/// sub-branch B (the receiver, a team lead, its head), both of a new branch of the head office, and the management
/// department at that branch.
/// </summary>
public sealed class Workflow(IClusterClient client)
{
    public string A { get; } = Network.NewId("SB-A");
    public string B { get; } = Network.NewId("SB-B");
    public string Branch { get; } = Network.NewId("BR");
    public StaffActor Maintainer { get; private set; } = null!;
    public StaffActor LeadA { get; private set; } = null!;
    public StaffActor HeadA { get; private set; } = null!;
    public StaffActor Receiver { get; private set; } = null!;
    public StaffActor LeadB { get; private set; } = null!;
    public StaffActor HeadB { get; private set; } = null!;
    public StaffActor Management { get; private set; } = null!;

    /// <summary>A second member of the management department: four eyes give the opinion and change the register apart.</summary>
    public StaffActor Registrar { get; private set; } = null!;

    public static async Task<Workflow> CreateAsync(IClusterClient client)
    {
        var w = new Workflow(client);
        await BankRoot.BranchAsync(client, w.Branch);
        Assert.Null((await client.GetGrain<IInstitutionGrain>(w.A).Register(new("Sub-branch A", InstitutionKind.SubBranch, w.Branch))).Refusal);
        Assert.Null((await client.GetGrain<IInstitutionGrain>(w.B).Register(new("Sub-branch B", InstitutionKind.SubBranch, w.Branch))).Refusal);
        w.Maintainer = await w.Staff(w.A, "Li Wei", StaffRole.ClientManager);
        w.LeadA = await w.Staff(w.A, "Zhang Min", StaffRole.TeamLead);
        w.HeadA = await w.Staff(w.A, "Wang Fang", StaffRole.InstitutionHead);
        w.Receiver = await w.Staff(w.B, "Chen Jie", StaffRole.ClientManager);
        w.LeadB = await w.Staff(w.B, "Liu Yang", StaffRole.TeamLead);
        w.HeadB = await w.Staff(w.B, "Zhao Lei", StaffRole.InstitutionHead);
        w.Management = await w.Staff(w.Branch, "Sun Hui", StaffRole.ManagementDepartment);
        w.Registrar = await w.Staff(w.Branch, "Gao Yan", StaffRole.ManagementDepartment);
        return w;
    }

    public async Task<StaffActor> Staff(string institutionId, string name, params StaffRole[] roles)
    {
        var id = Network.NewId("M");
        Assert.Null((await client.GetGrain<IManagerGrain>(id).Register(new(institutionId, name, roles))).Refusal);
        return new StaffActor(id, name, institutionId, roles, "10.1.2.3");
    }

    public async Task<ITerminalGrain> Terminal(string institutionId, StaffActor maintainer, DateTimeOffset signedUpAt)
    {
        var terminal = client.GetGrain<ITerminalGrain>(Network.NewId("T"));
        Assert.Null((await terminal.Register(new(institutionId, "Tea Shop", null, maintainer.StaffId, signedUpAt))).Refusal);
        return terminal;
    }

    public async Task<string> MaintainerOf(ITerminalGrain terminal) => (await terminal.GetSnapshot())!.MaintainerId;

    public async Task<IReadOnlyList<string>> Inbox(params string[] queues) =>
        (await Task.WhenAll(queues.Select(q => client.GetGrain<IApprovalQueueGrain>(q).List()))).SelectMany(ids => ids).ToList();
}
