using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Actors.Testing;

/// <summary>
/// A real, private PostgreSQL server (the Debian package's binaries): <c>initdb</c> into a fresh temporary directory and
/// <c>pg_ctl start</c> on a free port of 127.0.0.1 (run as the <c>postgres</c> user when this runs as root, since
/// PostgreSQL refuses to run as root). Stopped and deleted on dispose. Shared by the cluster tests and the benchmarks
/// (linked into both projects).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Superuser = "postgres";

    private readonly string _bin;

    private PostgresServer(string bin, string directory, int port)
    {
        _bin = bin;
        Directory = directory;
        Port = port;
    }

    public string Directory { get; }
    public int Port { get; }

    /// <summary>The server's version, as <c>SHOW server_version</c> answers.</summary>
    public string Version { get; private set; } = "?";

    public string DataDirectory => Path.Combine(Directory, "data");

    /// <param name="durable">
    /// Keep PostgreSQL's durable defaults (fsync, synchronous_commit, full_page_writes on): a commit is a commit on the
    /// disk, as in production; for the benchmarks. Off for tests: a test server never survives a crash anyway, and
    /// durability off halves start-up and DDL time.
    /// </param>
    public static async Task<PostgresServer> StartAsync(bool durable = false)
    {
        var bin = FindBinaries();
        var directory = Path.Combine(Path.GetTempPath(), "branchgrid-pg-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        if (RunsAsRoot)
        {
            await Run("chown", ["postgres:postgres", directory]);
        }

        var server = new PostgresServer(bin, directory, FreePorts.One());
        try
        {
            await server.RunAsOwner("initdb", ["-D", server.DataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C", .. durable ? Array.Empty<string>() : ["--no-sync"]]);
            var options = string.Join(' ',
                "-c listen_addresses=127.0.0.1", $"-p {server.Port}", $"-k {directory}", "-c max_connections=500",
                durable ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            await server.RunAsOwner("pg_ctl", ["-D", server.DataDirectory, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
            await using var connection = new NpgsqlConnection(server.ConnectionString());
            await connection.OpenAsync();
            await using var version = new NpgsqlCommand("SHOW server_version;", connection);
            server.Version = Convert.ToString(await version.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "?";
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection string to <paramref name="database"/> as the superuser (trust authentication, loopback only).</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = Superuser,
            Database = database,
            Timeout = 15,
        }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string: one per test, so tests never share rows.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "bg_" + Guid.NewGuid().ToString("N")[..16];
        // A name cannot be a parameter in DDL: only plain lower-case names are accepted.
        if (!name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ArgumentException($"not a plain database name: {name}", nameof(name));
        }
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                await RunAsOwner("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Already gone; the directory is deleted below either way.
            }
        }
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private Task RunAsOwner(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, tool);
        return RunsAsRoot ? Run("runuser", ["-u", "postgres", "--", path, .. arguments]) : Run(path, arguments);
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
                .Where(d => d.Version >= 15 && File.Exists(Path.Combine(d.Bin, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL 15 or later is not installed (no /usr/lib/postgresql/<version>/bin/initdb). " +
            "Install it with `apt-get install -y postgresql`; .ci/run does this.");
    }

    private static async Task Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
