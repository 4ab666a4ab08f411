using Actors.Contracts.Managers;

namespace Actors.Hosting.Demo;

/// <summary>The staff the simulated day needs in each sub-branch (a lobby manager, two collectors) and the head office's collector.</summary>
public static class DemoRoster
{
    public const string HeadOffice = "HO";

    public static string LobbyManager(string subBranch) => $"{subBranch}-LM";

    public static IReadOnlyList<string> Collectors(string subBranch) => [$"{subBranch}-COL1", $"{subBranch}-COL2"];

    /// <summary>Works M3 loans in the central collections room.</summary>
    public static string CentralCollector => $"{HeadOffice}-COL1";

    /// <summary>The head of a sub-branch: confirms its terminals' transfers out and in (brief §2, steps 3 and 4).</summary>
    public static string SubBranchHead(string subBranch) => $"{subBranch}-HEAD";

    /// <summary>
    /// Staff names in both forms the register keeps (pinyin for English screens, characters for Chinese ones), so each
    /// screen shows people in its own language. Someone not listed keeps a descriptive name.
    /// </summary>
    private static readonly Dictionary<string, (string Name, string NameZh)> People = new(StringComparer.Ordinal)
    {
        ["SB-FT-LM"] = ("Zhao Min", "赵敏"),
        ["SB-FT-COL1"] = ("Wang Fang", "王芳"),
        ["SB-FT-COL2"] = ("Chen Jie", "陈杰"),
        ["SB-FT-HEAD"] = ("Ma Lin", "马琳"),
        ["SB-NS-LM"] = ("Xu Li", "许丽"),
        ["SB-NS-COL1"] = ("Liu Yang", "刘洋"),
        ["SB-NS-COL2"] = ("Huang Lei", "黄磊"),
        ["SB-NS-HEAD"] = ("Gao Jun", "高军"),
        ["HO-COL1"] = ("Zhou Tao", "周涛"),
    };

    /// <summary>A member of staff's registration under their names in both languages.</summary>
    public static ManagerRegistration Person(string staffId, string institutionId, string fallbackName, params StaffRole[] roles) =>
        People.TryGetValue(staffId, out var person)
            ? new(institutionId, person.Name, roles, person.NameZh)
            : new(institutionId, fallbackName, roles);

    /// <summary>Registers whoever is missing; registering the same person again changes nothing.</summary>
    public static async Task EnsureAsync(IGrainFactory grains, IEnumerable<string> subBranches)
    {
        foreach (var subBranch in subBranches)
        {
            await Register(grains, LobbyManager(subBranch), subBranch, $"Lobby Manager {subBranch}", StaffRole.LobbyManager);
            var n = 0;
            foreach (var collector in Collectors(subBranch))
            {
                await Register(grains, collector, subBranch, $"Collector {++n} {subBranch}", StaffRole.Collector);
            }
            await Register(grains, SubBranchHead(subBranch), subBranch, $"Head of {subBranch}", StaffRole.InstitutionHead);
        }
        await Register(grains, CentralCollector, HeadOffice, "Central Collector", StaffRole.Collector);
    }

    private static Task Register(IGrainFactory grains, string staffId, string institutionId, string fallbackName, StaffRole role) =>
        grains.GetGrain<IManagerGrain>(staffId).Register(Person(staffId, institutionId, fallbackName, role));
}
