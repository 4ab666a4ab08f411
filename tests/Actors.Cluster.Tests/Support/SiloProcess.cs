using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;

namespace Actors.Cluster.Tests.Support;

/// <summary>
/// One BranchGrid silo as an operator runs it: <c>dotnet Actors.Silo.dll</c> from its build directory, configured
/// by environment variables, on its own HTTP, silo and gateway ports of 127.0.0.1. Start waits for /health;
/// <see cref="Kill"/> is <c>kill -9</c>; <see cref="StopAsync"/> is SIGTERM (a graceful leave); the same ports and
/// settings survive a <see cref="RestartAsync"/>, as they would under a process supervisor.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 300;

    private readonly Dictionary<string, string> _settings;
    private readonly Queue<string> _output = new();
    private Process? _process;

    public SiloProcess(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        var ports = FreePorts.Many(3);
        (HttpPort, SiloPort, GatewayPort) = (ports[0], ports[1], ports[2]);
        _settings = new Dictionary<string, string>(settings)
        {
            ["Urls"] = $"http://127.0.0.1:{HttpPort}",
            ["Grid:SiloPort"] = SiloPort.ToString(CultureInfo.InvariantCulture),
            ["Grid:GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A silo of the PostgreSQL cluster <paramref name="clusterId"/>, without demo data and with quiet logs.</summary>
    public static SiloProcess InCluster(string name, string connectionString, string clusterId, string serviceId = "cluster-tests",
        IReadOnlyDictionary<string, string>? overrides = null) =>
        Quiet(name, new()
        {
            ["Grid:Store"] = "PostgreSql",
            ["ConnectionStrings:BranchGrid"] = connectionString,
            ["Grid:ClusterId"] = clusterId,
            ["Grid:ServiceId"] = serviceId,
            ["Grid:AdvertisedIp"] = "127.0.0.1",
        }, overrides);

    /// <summary>A one-process silo on the embedded store in <paramref name="dataDirectory"/>, without demo data and with quiet logs.</summary>
    public static SiloProcess Embedded(string name, string dataDirectory, IReadOnlyDictionary<string, string>? overrides = null) =>
        Quiet(name, new()
        {
            ["Grid:Store"] = "Embedded",
            ["Grid:DataDirectory"] = dataDirectory,
            ["Grid:ServiceId"] = "embedded-process-tests",
        }, overrides);

    /// <summary>The store's settings, no demo data and warnings only (but the lifetime's), then the test's overrides.</summary>
    private static SiloProcess Quiet(string name, Dictionary<string, string> settings, IReadOnlyDictionary<string, string>? overrides)
    {
        settings["Grid:SeedDemo"] = "false";
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        return new SiloProcess(name, settings);
    }

    /// <summary>The silo dll built with this test project (recorded at build time, wherever the build put it).</summary>
    public static string SiloAssembly { get; } = typeof(SiloProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SiloAssembly").Value!;

    public string Name { get; }
    public int HttpPort { get; }
    public int SiloPort { get; }
    public int GatewayPort { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");
    public bool IsRunning => _process is { HasExited: false };
    public int? ProcessId => _process?.Id;

    /// <summary>The last lines the process wrote (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts the process and waits until it answers /health (its silo has joined) or exits.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running");
        }
        _process = Launch([], _settings, Remember);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was healthy:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "health"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                Kill();
                throw new TimeoutException($"{Name} was not healthy within {timeout ?? TimeSpan.FromSeconds(60)}:\n{Output}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary><c>kill -9</c>: no goodbye to the cluster; the others must notice by themselves.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            _process!.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>SIGTERM, as a supervisor stops a service: the silo leaves the cluster gracefully.</summary>
    public async Task StopAsync(TimeSpan? timeout = null)
    {
        if (!IsRunning)
        {
            return;
        }
        using (var term = Process.Start("kill", ["-TERM", _process!.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>Stops (gracefully, or with kill -9) and starts again on the same ports and settings.</summary>
    public async Task RestartAsync(bool kill = false)
    {
        if (kill)
        {
            Kill();
        }
        else
        {
            await StopAsync();
        }
        await StartAsync();
    }

    /// <summary>Runs the silo dll with a command (e.g. <c>migrate</c>) to completion.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> settings,
        TimeSpan? timeout = null)
    {
        var lines = new List<string>();
        using var process = Launch(arguments, settings, line =>
        {
            lock (lines)
            {
                lines.Add(line);
            }
        });
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(wait.Token);
        lock (lines)
        {
            return (process.ExitCode, string.Join('\n', lines));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            await StopAsync(TimeSpan.FromSeconds(10));
        }
        _process?.Dispose();
    }

    private static Process Launch(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> settings, Action<string> onLine)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(SiloAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SiloAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Remember(string line)
    {
        lock (_output)
        {
            _output.Enqueue($"[{Name}] {line}");
            while (_output.Count > KeptOutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    /// <summary>The dotnet host running these tests (the CLI exports it to child processes), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
