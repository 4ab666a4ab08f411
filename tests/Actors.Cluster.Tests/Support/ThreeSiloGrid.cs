using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;

namespace Actors.Cluster.Tests.Support;

/// <summary>
/// Three silo processes (A, B, C) of a fresh cluster on a fresh database of the shared PostgreSQL server, each with an
/// HTTP client of its own. The database and the ClusterId are this grid's alone, so disposing simply kills them.
/// Silo A loads the demo network, so the clients are signed in as its management department (one cookie jar) and
/// post transactions with the upstream key (<see cref="StaffSignIn"/>).
/// </summary>
public sealed class ThreeSiloGrid : IAsyncDisposable
{
    private readonly Dictionary<SiloProcess, HttpClient> _http = [];

    private ThreeSiloGrid(string database, string clusterId, SiloProcess a, SiloProcess b, SiloProcess c)
    {
        Database = database;
        ClusterId = clusterId;
        (A, B, C) = (a, b, c);
        foreach (var silo in All)
        {
            _http[silo] = StaffSignIn.Client(silo.BaseAddress, Cookies);
        }
    }

    public const string ServiceId = "cluster-tests";

    public string Database { get; }
    public string ClusterId { get; }
    public SiloProcess A { get; }
    public SiloProcess B { get; }
    public SiloProcess C { get; }
    public IReadOnlyList<SiloProcess> All => [A, B, C];

    public HttpClient Http(SiloProcess silo) => _http[silo];

    /// <summary>The sign-in cookie every client sends, for hub connections made as the same user.</summary>
    public System.Net.CookieContainer Cookies { get; } = new();

    public static async Task<ThreeSiloGrid> StartAsync(PostgresServer server, ITestOutputHelper log)
    {
        var database = await server.CreateDatabaseAsync();
        var clusterId = "c-" + Guid.NewGuid().ToString("N")[..12];
        var grid = new ThreeSiloGrid(database, clusterId,
            SiloProcess.InCluster("A", database, clusterId, ServiceId, StaffSignIn.SeedingSilo()),
            SiloProcess.InCluster("B", database, clusterId, ServiceId, StaffSignIn.Upstream()),
            SiloProcess.InCluster("C", database, clusterId, ServiceId, StaffSignIn.Upstream()));
        var watch = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(grid.All.Select(s => s.StartAsync(TimeSpan.FromSeconds(120))));
            await Patiently.Until(() => grid.SiloPortsWithStatus(MembershipStatus.Active), p => p.Count == 3, "three silos are active", TimeSpan.FromSeconds(60));
            await StaffSignIn.SignInAsync(grid.A, grid.Http(grid.A));
        }
        catch
        {
            await grid.DisposeAsync();
            throw;
        }
        log.WriteLine($"[{watch.Elapsed:mm\\:ss\\.f}] three silos active: {string.Join(", ", grid.All.Select(s => $"{s.Name} http {s.HttpPort} silo {s.SiloPort}"))}");
        return grid;
    }

    /// <summary>The silo ports of this cluster's membership rows in a status (a restarted silo has one row per generation).</summary>
    public async Task<List<int>> SiloPortsWithStatus(MembershipStatus status)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT Port FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = @status ORDER BY Port;", connection);
        command.Parameters.AddWithValue("cluster", ClusterId);
        command.Parameters.AddWithValue("status", (int)status);
        await using var reader = await command.ExecuteReaderAsync();
        var ports = new List<int>();
        while (await reader.ReadAsync())
        {
            ports.Add(reader.GetInt32(0));
        }
        return ports;
    }

    /// <summary>Clock rows (durable clocks) of the grains whose key is one of <paramref name="keys"/>.</summary>
    public async Task<int> ClockRowsOf(IEnumerable<string> keys)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        // GrainId is stored as "type/key"; keys here are fresh GUID-based ids, so the suffix identifies the grain.
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM GridClock WHERE ServiceId = @service AND split_part(GrainId, '/', 2) = ANY(@keys);", connection);
        command.Parameters.AddWithValue("service", ServiceId);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var http in _http.Values)
        {
            http.Dispose();
        }
        foreach (var silo in All)
        {
            silo.Kill();
            await silo.DisposeAsync();
        }
        NpgsqlConnection.ClearPool(new NpgsqlConnection(Database));
    }
}

/// <summary>Orleans' membership statuses as stored in OrleansMembershipTable.Status.</summary>
public enum MembershipStatus
{
    Active = 3,
    Dead = 6,
}
