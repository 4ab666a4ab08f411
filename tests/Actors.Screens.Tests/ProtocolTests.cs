using System.Reflection;

namespace Actors.Screens.Tests;

/// <summary>The hub's names and the browser client's (dashboard-web/src/hub.ts) are written twice; this keeps them equal.</summary>
public sealed class ProtocolTests
{
    private static string RepositoryRoot =>
        typeof(ProtocolTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    [Fact]
    public void Every_hub_method_and_event_name_and_the_hub_path_appear_in_the_browser_client()
    {
        var path = Path.Combine(RepositoryRoot, "dashboard-web", "src", "hub.ts");
        Assert.True(File.Exists(path), $"the browser client {path} is missing");
        var client = File.ReadAllText(path);

        foreach (var name in ScreenHubProtocol.Names.Append(ScreenHubProtocol.Path))
        {
            Assert.True(client.Contains($"'{name}'", StringComparison.Ordinal) || client.Contains($"\"{name}\"", StringComparison.Ordinal),
                $"dashboard-web/src/hub.ts does not name '{name}': the hub and the browser client have drifted apart");
        }
    }
}
