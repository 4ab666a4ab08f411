using System.Net;
using System.Text.RegularExpressions;
using Actors.Cluster.Tests.Support;

namespace Actors.Cluster.Tests;

/// <summary>The cluster's deployment files, checked by the tools that read them (no Docker engine is needed).</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class DeploymentFilesTests
{
    private static readonly string[] Services = ["balancer", "migrate", "postgres", "silo1", "silo2", "silo3"];

    [Fact]
    public async Task The_compose_file_validates_with_three_silos_advertising_their_own_fixed_addresses()
    {
        var (exitCode, resolved) = await Compose(new Dictionary<string, string> { ["POSTGRES_PASSWORD"] = "from-the-environment", ["BRANCHGRID_TLS_PASSWORD"] = "tls-from-the-environment" });

        Assert.True(exitCode == 0, resolved);
        foreach (var service in Services)
        {
            Assert.Matches($"(?m)^  {service}:$", resolved);
        }
        // Each silo advertises the address the network gives it: other silos dial what is in the membership table.
        foreach (var silo in new[] { "silo1", "silo2", "silo3" })
        {
            var block = ServiceBlock(resolved, silo);
            Assert.Equal(Regex.Match(block, @"ipv4_address: (\S+)").Groups[1].Value, Regex.Match(block, @"Grid__AdvertisedIp: (\S+)").Groups[1].Value);
            Assert.Contains("Grid__Store: PostgreSql", block);
            Assert.Contains("Password=from-the-environment", block);
            // Mutual TLS between the silos: each its own certificate, the CA and the password from the environment.
            Assert.Contains($"Grid__Tls__CertificatePath: /run/branchgrid-tls/{silo}.pfx", block);
            Assert.Contains("Grid__Tls__CertificatePassword: tls-from-the-environment", block);
        }
    }

    [Fact]
    public async Task The_compose_file_has_no_default_database_password()
    {
        var (exitCode, output) = await Compose(new Dictionary<string, string> { ["BRANCHGRID_TLS_PASSWORD"] = "tls-from-the-environment" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("set POSTGRES_PASSWORD in .env", output);
    }

    [Theory]
    [InlineData("127.0.0.1:5080", "127.0.0.1:5081", "127.0.0.1:5082", "127.0.0.1:5083")] // scripts/cluster.sh
    [InlineData(":8080", "172.28.0.11:8080", "172.28.0.12:8080", "172.28.0.13:8080")] // docker-compose.yml
    public async Task The_balancer_configuration_is_valid_for_both_topologies(string bind, string silo1, string silo2, string silo3)
    {
        var (exitCode, output) = await Tool.RunAsync("haproxy", ["-c", "-f", "deploy/haproxy/haproxy.cfg"],
            new Dictionary<string, string> { ["BALANCER_BIND"] = bind, ["SILO1"] = silo1, ["SILO2"] = silo2, ["SILO3"] = silo3 });

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_image_is_built_from_files_that_exist_and_runs_unprivileged()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(Tool.RepositoryRoot, "Dockerfile"));

        var sources = dockerfile.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(Path.Exists(Path.Combine(Tool.RepositoryRoot, s)), $"the Dockerfile copies {s}, which does not exist"));

        var stages = dockerfile.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Contains("dotnet/aspnet", stages[^1]);
        var runtime = dockerfile.SkipWhile(l => l != stages[^1]).ToList();
        Assert.Contains(runtime, l => l == "USER $APP_UID");
    }

    [Fact]
    public async Task The_cluster_script_starts_postgres_three_silos_and_a_sticky_balancer_and_stops_them_all()
    {
        var state = Path.Combine(Path.GetTempPath(), "branchgrid-cluster-sh-" + Guid.NewGuid().ToString("N")[..8]);
        var environment = new Dictionary<string, string> { ["CLUSTER_STATE_DIR"] = state, ["CLUSTER_SILO_DLL"] = SiloProcess.SiloAssembly };
        try
        {
            var (upCode, up) = await Tool.RunAsync("scripts/cluster.sh", ["up"], environment, TimeSpan.FromMinutes(3));
            Assert.True(upCode == 0, up);
            var balancer = BalancerUrl().Match(up);
            Assert.True(balancer.Success, up);
            Assert.Equal(3, SiloRunning().Matches(up).Count);
            // The silos run over mutual TLS (CLUSTER_TLS defaults to on) with the certificates it made.
            Assert.All(new[] { "ca.crt", "silo1.pfx", "silo2.pfx", "silo3.pfx", "password" }, f => Assert.True(File.Exists(Path.Combine(state, "tls", f)), f));

            using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(balancer.Groups[1].Value) };
            var first = await http.GetAsync("health");
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("BGSILO=", StringComparison.Ordinal));
            // Sticky: a request that brings the cookie back is served by the same silo and is not re-assigned.
            using var again = new HttpRequestMessage(HttpMethod.Get, "health") { Headers = { { "Cookie", cookie.Split(';')[0] } } };
            var second = await http.SendAsync(again);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.False(second.Headers.Contains("Set-Cookie"));

            var (downCode, down) = await Tool.RunAsync("scripts/cluster.sh", ["down"], environment, TimeSpan.FromMinutes(1));
            Assert.True(downCode == 0, down);
            var (statusCode, status) = await Tool.RunAsync("scripts/cluster.sh", ["status"], environment);
            Assert.NotEqual(0, statusCode);
            Assert.DoesNotContain("running", status);
        }
        finally
        {
            await Tool.RunAsync("scripts/cluster.sh", ["down"], environment, TimeSpan.FromMinutes(1));
            try
            {
                Directory.Delete(state, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> Compose(IReadOnlyDictionary<string, string> environment)
    {
        // An empty env file: a developer's own .env must not make the checks pass or fail.
        var emptyEnvFile = Path.GetTempFileName();
        var variables = new Dictionary<string, string>(environment);
        if (!variables.ContainsKey("POSTGRES_PASSWORD"))
        {
            variables["POSTGRES_PASSWORD"] = "";
        }
        try
        {
            return await Tool.RunAsync("docker-compose", ["--env-file", emptyEnvFile, "-f", "docker-compose.yml", "config"], variables);
        }
        finally
        {
            File.Delete(emptyEnvFile);
        }
    }

    private static string ServiceBlock(string resolved, string service)
    {
        var match = Regex.Match(resolved, $"(?ms)^  {service}:$(.*?)(?=^  \\S|^\\S|\\z)");
        Assert.True(match.Success, $"no service {service} in:\n{resolved}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"balancer\s+running\s+pid \d+\s+(http://127\.0\.0\.1:\d+/)")]
    private static partial Regex BalancerUrl();

    [GeneratedRegex(@"silo\d\s+running")]
    private static partial Regex SiloRunning();
}
