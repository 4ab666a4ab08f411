using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Actors.Cluster.Tests.Support;

/// <summary>
/// Signing in on silo processes: the test cannot reach their grains, so one silo of a grid loads the demo network, whose
/// users' passwords it prints once, and the tests sign in as its head-office management department (who sees the whole
/// bank). Transactions go in as the core banking system's do, with the upstream key set through the environment.
/// </summary>
public static partial class StaffSignIn
{
    public const string UpstreamKey = "cluster-tests-upstream-key-long-enough-secret";

    /// <summary>Every silo: the upstream key (Grid__Upstream__Key in its environment).</summary>
    public static Dictionary<string, string> Upstream() => new() { ["Grid:Upstream:Key"] = UpstreamKey };

    /// <summary>The silo that loads the demo network (and its users) into the empty database; its simulated days stay off.</summary>
    public static Dictionary<string, string> SeedingSilo() => new(Upstream()) { ["Grid:SeedDemo"] = "true", ["Demo:Enabled"] = "false" };

    /// <summary>Waits for the seeding silo to print the demo users, then signs in as the management department.</summary>
    public static async Task SignInAsync(SiloProcess seedingSilo, HttpClient http)
    {
        var line = await Patiently.Until(() => Task.FromResult(ManagementDepartment().Match(seedingSilo.Output)), m => m.Success,
            $"silo {seedingSilo.Name} prints the demo users", TimeSpan.FromSeconds(60));
        using var response = await http.PostAsJsonAsync("api/auth/sign-in", new { login = line.Groups[1].Value, password = line.Groups[2].Value });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A client of one silo that shares the cookie jar (cookies do not depend on the port) and sends the upstream key.</summary>
    public static HttpClient Client(Uri silo, CookieContainer cookies)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = silo, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Upstream-Key", UpstreamKey);
        return http;
    }

    [GeneratedRegex(@"management department\s+login (\S+)\s+password (\S+)")]
    private static partial Regex ManagementDepartment();
}
