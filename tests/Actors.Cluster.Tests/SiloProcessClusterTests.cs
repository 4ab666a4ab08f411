using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Actors.Cluster.Tests.Support;
using Actors.Grains.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace Actors.Cluster.Tests;

/// <summary>Silos as separate processes of the built silo dll on one PostgreSQL database, the way the cluster runs.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloProcessClusterTests(PostgresFixture postgres, ITestOutputHelper log)
{
    [Fact]
    public async Task Three_silo_processes_form_one_cluster_and_each_serves_what_another_wrote()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        var clusterId = "c-" + Guid.NewGuid().ToString("N")[..12];
        // The core banking system posts with its key (set through the environment, Grid__Upstream__Key); silo A loads
        // the demo network, whose users' passwords it prints once: the test signs in as its management department.
        await using var a = SiloProcess.InCluster("A", db, clusterId, overrides: StaffSignIn.SeedingSilo());
        await using var b = SiloProcess.InCluster("B", db, clusterId, overrides: StaffSignIn.Upstream());
        await using var c = SiloProcess.InCluster("C", db, clusterId, overrides: StaffSignIn.Upstream());
        SiloProcess[] silos = [a, b, c];

        // All three start together on an empty database: they migrate it at start, taking turns.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(silos.Select(s => s.StartAsync()));
        log.WriteLine($"three silos healthy after {watch.Elapsed}");

        Assert.Equal(
            silos.Select(s => s.SiloPort).Order(),
            await Eventually.Until(() => ActiveSiloPorts(db, clusterId), ports => ports.Count == 3, "three silos are active"));
        log.WriteLine($"three silos active in the membership table after {watch.Elapsed}");

        // One cookie jar: cookies do not depend on the port, and a cookie issued by one silo is read by the others.
        var cookies = new CookieContainer();
        using var viaA = Http(a, cookies);
        using var viaB = Http(b, cookies);
        using var viaC = Http(c, cookies);
        using (var anonymous = new HttpClient { BaseAddress = b.BaseAddress })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/terminals/any")).StatusCode);
        }
        await StaffSignIn.SignInAsync(a, viaA);
        // Signed in on A, known on B and C: the cookie's keys are in the shared store.
        Assert.Equal(HttpStatusCode.OK, (await viaC.GetAsync("api/auth/me")).StatusCode);
        var terminalId = "T-" + Guid.NewGuid().ToString("N")[..8];
        await Created(viaA, "api/institutions", new { id = "BR-CL", name = "Cluster Branch", kind = "Branch", parentId = "HO" });
        await Created(viaA, "api/managers", new { id = "M-CL", institutionId = "BR-CL", name = "Cluster Manager", roles = new[] { "ClientManager" } });
        await Created(viaA, "api/terminals", new { id = terminalId, institutionId = "BR-CL", merchantName = "Noodle House", maintainerId = "M-CL" });

        var sale = new { transactions = new[] { new { id = "pos-" + terminalId, type = "posSale", terminalId, amount = 58.00m, at = DateTimeOffset.UtcNow } } };
        var applied = await (await viaB.PostAsJsonAsync("api/transactions", sale)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Applied", applied!["results"]![0]!["status"]!.GetValue<string>());

        var read = await viaC.GetAsync($"api/terminals/{terminalId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var terminal = (await read.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("Noodle House", 1, 58.00m),
            (terminal["merchantName"]!.GetValue<string>(), terminal["salesCount"]!.GetValue<int>(), terminal["salesAmount"]!.GetValue<decimal>()));

        // The same batch through the third silo: answered with the first outcome, counted once.
        var replay = await (await viaC.PostAsJsonAsync("api/transactions", sale)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(replay!["results"]![0]!["replayed"]!.GetValue<bool>());
        Assert.Equal(1, (await viaA.GetFromJsonAsync<JsonObject>($"api/terminals/{terminalId}"))!["salesCount"]!.GetValue<int>());

        foreach (var (silo, http) in new[] { (a, viaA), (b, viaB), (c, viaC) })
        {
            Assert.True((await http.GetAsync("dashboard")).IsSuccessStatusCode, $"silo {silo.Name} serves no /dashboard");
        }
        log.WriteLine($"checks done after {watch.Elapsed}");

        // The cluster and its database are this test's alone: no need for a graceful goodbye.
        Array.ForEach(silos, s => s.Kill());
    }

    [Fact]
    public async Task The_migrate_command_applies_the_schema_once_and_then_reports_it_current()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        var settings = new Dictionary<string, string> { ["Grid:Store"] = "PostgreSql", ["ConnectionStrings:BranchGrid"] = db };

        var first = await SiloProcess.RunCommandAsync(["migrate"], settings);
        var second = await SiloProcess.RunCommandAsync(["migrate"], settings);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Applied 0001-Main.sql, 0002-Clustering.sql, 0003-Persistence.sql, 0004-Reminders.sql", first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("is up to date", second.Output);
        Assert.DoesNotContain("Password", first.Output + second.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cluster_mode_without_a_connection_string_refuses_to_start_and_names_what_is_missing()
    {
        var (exitCode, output) = await SiloProcess.RunCommandAsync([], new Dictionary<string, string>
        {
            ["Grid:Store"] = "PostgreSql",
            ["Grid:AdvertisedIp"] = "0.0.0.0",
            ["Urls"] = $"http://127.0.0.1:{FreePorts.One()}",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ConnectionStrings:BranchGrid is required", output);
        Assert.Contains("Grid:AdvertisedIp must be an address the other silos can reach", output);
    }

    private static HttpClient Http(SiloProcess silo, CookieContainer cookies) => StaffSignIn.Client(silo.BaseAddress, cookies);

    private static async Task Created(HttpClient http, string path, object body)
    {
        var response = await http.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<List<int>> ActiveSiloPorts(string db, string clusterId)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT Port FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = 3 ORDER BY Port;", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var ports = new List<int>();
        while (await reader.ReadAsync())
        {
            ports.Add(reader.GetInt32(0));
        }
        return ports;
    }
}
