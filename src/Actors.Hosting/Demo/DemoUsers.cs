using Actors.Contracts.Managers;
using Actors.Hosting.Bootstrap;

namespace Actors.Hosting.Demo;

/// <summary>
/// One member of staff per role who can sign in to the demo network, each with a random password. The passwords are
/// written once, to the console of the first start (they are in no file, log or commit); a later start finds them set
/// and leaves them alone. The management department user can set new ones (POST /api/staff/{id}/password).
/// </summary>
public static class DemoUsers
{
    public static string TeamLead(string subBranch) => $"{subBranch}-TL";
    public const string BranchHead = "BR-SZ-HEAD";
    public const string ManagementDepartment = "HO-MD";
    public const string RiskOfficer = "HO-RISK";

    /// <summary>Registers the staff the roster lacks and gives every demo user without a password a new one.</summary>
    public static async Task EnsureAsync(IGrainFactory grains, string branch, string subBranch, TextWriter console)
    {
        await grains.GetGrain<IManagerGrain>(TeamLead(subBranch)).Register(new(subBranch, "Li Qiang", [StaffRole.TeamLead, StaffRole.ClientManager], "李强"));
        await grains.GetGrain<IManagerGrain>(BranchHead).Register(new(branch, "Sun Wei", [StaffRole.InstitutionHead], "孙伟"));
        await grains.GetGrain<IManagerGrain>(ManagementDepartment).Register(new(DemoRoster.HeadOffice, "Micro-Finance Department", [StaffRole.ManagementDepartment], "小微金融部"));
        await grains.GetGrain<IManagerGrain>(RiskOfficer).Register(new(DemoRoster.HeadOffice, "Xu Ping", [StaffRole.RiskOfficer], "徐平"));

        (string Id, string Role)[] users =
        [
            ($"{subBranch}-CM1", "client manager"),
            (TeamLead(subBranch), "team lead"),
            (DemoRoster.LobbyManager(subBranch), "lobby manager"),
            (DemoRoster.Collectors(subBranch)[0], "collector"),
            (DemoRoster.SubBranchHead(subBranch), "sub-branch head"),
            (BranchHead, "institution head"),
            (ManagementDepartment, "management department"),
            (RiskOfficer, "risk officer"),
        ];
        var lines = new List<string>();
        foreach (var (id, role) in users)
        {
            if (await OneTimePasswords.GiveFirstAsync(grains, id) is { } password)
            {
                lines.Add($"  {role,-22} login {id,-12} password {password}");
            }
        }
        OneTimePasswords.Show(console, "Demo users (shown once; sign in at /api/auth/sign-in or on the screens):", lines);
    }
}
