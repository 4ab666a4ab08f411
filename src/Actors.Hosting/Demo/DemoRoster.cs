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

    /// <summary>Registers whoever is missing; registering the same person again changes nothing.</summary>
    public static async Task EnsureAsync(IGrainFactory grains, IEnumerable<string> subBranches)
    {
        foreach (var subBranch in subBranches)
        {
            await grains.GetGrain<IManagerGrain>(LobbyManager(subBranch)).Register(new(subBranch, $"Lobby Manager {subBranch}", [StaffRole.LobbyManager]));
            var n = 0;
            foreach (var collector in Collectors(subBranch))
            {
                await grains.GetGrain<IManagerGrain>(collector).Register(new(subBranch, $"Collector {++n} {subBranch}", [StaffRole.Collector]));
            }
        }
        await grains.GetGrain<IManagerGrain>(CentralCollector).Register(new(HeadOffice, "Central Collector", [StaffRole.Collector]));
    }
}
