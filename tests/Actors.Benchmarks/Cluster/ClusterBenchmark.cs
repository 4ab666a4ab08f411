using System.Globalization;
using System.Text.Json;
using Actors.Benchmarks.Latency;
using Actors.Contracts.Clients;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// Issue 5: the grid in cluster mode (Grid:Store=PostgreSql) as silo processes on one private, durable PostgreSQL:
/// PostgreSQL's raw commit rate; deposits per second through the HTTP API with 1 silo, then with 3; transaction →
/// screen latency for screens on the lobby grain's own silo and on the others; a kill -9 under load; and a final
/// audit of every client's balance against every acknowledged deposit.
/// </summary>
internal static class ClusterBenchmark
{
    public const int Posters = 6;
    public const int BatchSize = 100;
    public const int ClientsPerSet = 600;
    private const int ClientsPerBranch = 100;

    public sealed record Throughput(int Silos, DepositRun Run, double SiloCores, double PostgresCores, double BenchCores, IReadOnlyList<int> ClientsPerSilo);

    public sealed record Audit(int Clients, long Acknowledged, long Balance, long Lost, long Doubled, long Unanswered, int ClientsWrong);

    public sealed record Result(
        string PostgresVersion, RawPostgresBenchmark.Result Raw, IReadOnlyList<double> SiloStartSeconds, double JoinSeconds,
        Throughput One, Throughput Three, CrossSiloScreens.Result Screens, int VictimClients, Failover.Result Failover, Audit Check);

    public static async Task<Result> RunAsync(bool quick, Action<string> step)
    {
        var measure = TimeSpan.FromSeconds(quick ? 3 : 10);
        step("starting a private PostgreSQL (durable defaults)");
        await using var pg = await PostgresServer.StartAsync(durable: true);
        step($"PostgreSQL {pg.Version} on 127.0.0.1:{pg.Port}: raw commit rate");
        var raw = await RawPostgresBenchmark.RunAsync(pg.ConnectionString("postgres"), TimeSpan.FromSeconds(quick ? 1 : 3));

        var clusterId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var cs = await pg.CreateDatabaseAsync("branchgrid");
        var settings = SiloSettings(cs, clusterId);
        var silos = Enumerable.Range(1, 3).Select(i => new SiloChild($"silo{i}", settings)).ToList();
        var http = silos.Select(s => GridHttp.Client(s.BaseAddress)).ToList();
        try
        {
            step("silo1 (migrates the schema)");
            var starts = new List<double> { await silos[0].StartAsync(TimeSpan.FromSeconds(120)) };
            await BenchStaff.SignInAsync(silos[0]);
            var setA = await RegisterClientsAsync([http[0]], "A", 0);
            var ledger = new DepositLedger();
            step($"1 silo: {Posters} posters × batches of {BatchSize} deposits for {measure.TotalSeconds} s");
            var one = await ThroughputAsync(pg, [silos[0]], [http[0]], setA, ledger, measure);

            step("silo2 and silo3 join");
            starts.AddRange(await Task.WhenAll(silos.Skip(1).Select(s => s.StartAsync(TimeSpan.FromSeconds(120)))));
            var joinSeconds = await Membership.WaitActiveAsync(cs, clusterId, [.. silos.Select(s => s.SiloPort)], TimeSpan.FromSeconds(60));
            await using var locator = await GridLocator.ConnectAsync(cs, clusterId, ServiceId);
            var setB = await RegisterClientsAsync(http, "B", 10);
            step($"3 silos: {Posters} posters (2 per silo) × batches of {BatchSize} for {measure.TotalSeconds} s");
            var three = await ThroughputAsync(pg, silos, http, setB, ledger, measure);
            var homes = await HomesAsync(locator, silos, setB);
            three = three with { ClientsPerSilo = [.. Enumerable.Range(0, silos.Count).Select(i => homes.Count(h => h.Value == i))] };

            step("screens on every silo: same-silo vs cross-silo delivery");
            var screens = await CrossSiloScreens.RunAsync(silos, http, locator, lobbies: quick ? 6 : 30, perSecond: 100, TimeSpan.FromSeconds(quick ? 4 : 15));

            var victim = silos.Count - 1;
            var onVictim = homes.Where(h => h.Value == victim).Select(h => h.Key).ToList();
            if (onVictim.Count == 0)
            {
                throw new InvalidOperationException($"no client of set B lives on {silos[victim].Name}; cannot probe a grain that lived there");
            }
            var probe = onVictim[0];
            step($"kill -9 {silos[victim].Name} ({onVictim.Count} of set B's clients live there) under load; probe {probe}");
            var loadClients = setA.Concat(setB).Where(c => c != probe).ToList();
            var failover = await Failover.RunAsync(silos[victim], [.. http.Take(victim)], cs, clusterId, probe, loadClients, ledger);

            step("audit: every client's balance against the acknowledged deposits");
            var audit = await AuditAsync(http[0], [.. setA.Concat(setB)], ledger);
            return new Result(pg.Version, raw, starts, joinSeconds, one, three, screens, onVictim.Count, failover, audit);
        }
        catch
        {
            foreach (var s in silos)
            {
                Console.Error.WriteLine(s.Output);
            }
            throw;
        }
        finally
        {
            foreach (var h in http)
            {
                h.Dispose();
            }
            await Task.WhenAll(silos.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    private const string ServiceId = "bench";

    /// <summary>A silo of a fresh cluster on the PostgreSQL store (schema migrated at start), without demo data.</summary>
    public static Dictionary<string, string> SiloSettings(string connectionString, string clusterId) => new()
    {
        ["Grid:Store"] = "PostgreSql",
        ["ConnectionStrings:BranchGrid"] = connectionString,
        ["Grid:ClusterId"] = clusterId,
        ["Grid:ServiceId"] = ServiceId,
        ["Grid:AdvertisedIp"] = "127.0.0.1",
        ["Grid:SeedDemo"] = "false",
    };

    /// <summary><see cref="ClientsPerSet"/> corporate clients over branches of <see cref="ClientsPerBranch"/>, registered round robin through the silos given.</summary>
    private static async Task<List<string>> RegisterClientsAsync(IReadOnlyList<HttpClient> http, string set, int firstBranch)
    {
        var branches = ClientsPerSet / ClientsPerBranch;
        for (var b = 0; b < branches; b++)
        {
            await GridHttp.RegisterBranchAsync(http[b % http.Count], Branch(firstBranch + b), "HO");
        }
        var clients = Enumerable.Range(0, ClientsPerSet).Select(i => $"C{set}-{i.ToString("D4", CultureInfo.InvariantCulture)}").ToList();
        // Consecutive clients go to different branches: each branch records its members one write at a time.
        await Bounded.ForAsync(clients.Count, 16, i => GridHttp.RegisterClientAsync(http[i % http.Count], clients[i], Branch(firstBranch + i % branches)));
        return clients;
    }

    private static string Branch(int i) => "BR-" + i.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>A short unmeasured run (activations, connections, JIT), then the measured one; posters spread over the silos.</summary>
    private static async Task<Throughput> ThroughputAsync(PostgresServer pg, IReadOnlyList<SiloChild> silos, IReadOnlyList<HttpClient> http,
        IReadOnlyList<string> clients, DepositLedger ledger, TimeSpan duration)
    {
        using (var warm = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await DepositLoad.RunAsync(http, clients, Posters, BatchSize, ledger, warm.Token, TimeSpan.FromSeconds(60));
        }
        var cpu = silos.Select(s => CpuWindow.Start(s.Process)).ToList();
        var bench = CpuWindow.Start();
        var pgBefore = pg.CpuSeconds();
        using var stop = new CancellationTokenSource(duration);
        var run = await DepositLoad.RunAsync(http, clients, Posters, BatchSize, ledger, stop.Token, TimeSpan.FromSeconds(60));
        var cores = cpu.Select(c => c.Stop()).Sum(c => c.Cpu / c.Wall);
        var (wall, benchCpu) = bench.Stop();
        return new Throughput(silos.Count, run, cores, (pg.CpuSeconds() - pgBefore) / wall, benchCpu / wall, []);
    }

    /// <summary>Client id → index of the silo holding its grain (clients not active anywhere are left out).</summary>
    private static async Task<Dictionary<string, int>> HomesAsync(GridLocator locator, IReadOnlyList<SiloChild> silos, IReadOnlyList<string> clients)
    {
        var byPort = silos.Select((s, i) => (s.SiloPort, i)).ToDictionary(p => p.SiloPort, p => p.i);
        var homes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var client in clients)
        {
            if (await locator.SiloPortOf<IClientGrain>(client) is { } port && byPort.TryGetValue(port, out var index))
            {
                homes[client] = index;
            }
        }
        return homes;
    }

    private static async Task<Audit> AuditAsync(HttpClient http, IReadOnlyList<string> clients, DepositLedger ledger)
    {
        long acknowledged = 0, balance = 0, lost = 0, doubled = 0, unanswered = 0;
        var wrong = 0;
        var gate = new object();
        await Bounded.ForAsync(clients.Count, 16, async i =>
        {
            var id = clients[i];
            using var json = JsonDocument.Parse(await http.GetStringAsync($"/api/clients/{id}"));
            var actual = (long)json.RootElement.GetProperty("depositBalance").GetDecimal();
            var expected = ledger.Acknowledged.GetValueOrDefault(id);
            var maybe = ledger.Unanswered.GetValueOrDefault(id);
            lock (gate)
            {
                acknowledged += expected;
                balance += actual;
                unanswered += maybe;
                lost += Math.Max(0, expected - actual);
                doubled += Math.Max(0, actual - expected - maybe);
                wrong += actual < expected || actual > expected + maybe ? 1 : 0;
            }
        });
        return new Audit(clients.Count, acknowledged, balance, lost, doubled, unanswered, wrong);
    }
}
