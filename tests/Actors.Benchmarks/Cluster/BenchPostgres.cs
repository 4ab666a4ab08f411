using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// A private PostgreSQL server for one run: <c>initdb</c> into a fresh temporary directory and <c>pg_ctl start</c> on a
/// free port of 127.0.0.1, as the <c>postgres</c> user when this runs as root. Unlike the tests' server it keeps
/// PostgreSQL's durable defaults (fsync on, synchronous_commit on, full_page_writes on): a commit here is a commit on
/// the disk, as in production. Stopped and deleted on dispose.
/// </summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private readonly string _bin;

    private BenchPostgres(string bin, string directory, int port)
    {
        _bin = bin;
        Directory = directory;
        Port = port;
    }

    public string Directory { get; }
    public int Port { get; }
    public string Version { get; private set; } = "?";
    private string DataDirectory => Path.Combine(Directory, "data");

    public static async Task<BenchPostgres> StartAsync()
    {
        var bin = FindBinaries();
        var directory = Path.Combine(Path.GetTempPath(), "branchgrid-bench-pg-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        if (RunsAsRoot)
        {
            await Run("chown", ["postgres:postgres", directory]);
        }
        var server = new BenchPostgres(bin, directory, FreePorts.Take(1)[0]);
        try
        {
            await server.RunAsOwner("initdb", ["-D", server.DataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C"]);
            var options = string.Join(' ', "-c listen_addresses=127.0.0.1", $"-p {server.Port}", $"-k {directory}", "-c max_connections=500");
            await server.RunAsOwner("pg_ctl", ["-D", server.DataDirectory, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
            await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
            await connection.OpenAsync();
            await using (var create = new NpgsqlCommand("CREATE DATABASE branchgrid;", connection))
            {
                await create.ExecuteNonQueryAsync();
            }
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

    /// <summary>
    /// CPU seconds used so far by the server: the postmaster and its children (backends, WAL writer, checkpointer), from
    /// /proc. A backend that exits takes its time with it; the silos' pooled connections stay open, so little is missed.
    /// </summary>
    public double CpuSeconds()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First(), NumberStyles.None, CultureInfo.InvariantCulture, out var postmaster))
        {
            return double.NaN;
        }
        var ticks = 0L;
        foreach (var dir in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15), 1-based.
                var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var pid = int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture);
                if (pid == postmaster || f[1] == postmaster.ToString(CultureInfo.InvariantCulture))
                {
                    ticks += long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
                }
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or IndexOutOfRangeException)
            {
                // Not a process directory, or the process just ended.
            }
        }
        return ticks / 100.0; // USER_HZ is 100 on Linux.
    }

    public string ConnectionString(string database = "branchgrid") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database, Timeout = 15 }.ConnectionString;

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
        return bin ?? throw new InvalidOperationException("PostgreSQL 15 or later is not installed: apt-get install -y postgresql");
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
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
