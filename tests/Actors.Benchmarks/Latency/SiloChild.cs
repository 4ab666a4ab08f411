using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Actors.Benchmarks.Latency;

/// <summary>
/// One silo as an operator runs it: the built <c>Actors.Silo.dll</c> as a child process, configured by environment
/// variables, on its own HTTP, silo and gateway ports of 127.0.0.1. <see cref="Kill"/> is <c>kill -9</c>.
/// </summary>
internal sealed class SiloChild : IAsyncDisposable
{
    private const int KeptLines = 200;
    private readonly Dictionary<string, string> _settings;
    private readonly Queue<string> _output = new();

    public SiloChild(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        var ports = FreePorts.Many(3);
        (HttpPort, SiloPort, GatewayPort) = (ports[0], ports[1], ports[2]);
        _settings = new Dictionary<string, string>(BenchStaff.SiloSettings.Concat(settings))
        {
            ["Urls"] = $"http://127.0.0.1:{HttpPort}",
            ["Grid:SiloPort"] = SiloPort.ToString(CultureInfo.InvariantCulture),
            ["Grid:GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
    }

    public string Name { get; }
    public int HttpPort { get; }
    public int SiloPort { get; }
    public int GatewayPort { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");
    public Process? Process { get; private set; }
    public bool IsRunning => Process is { HasExited: false };

    /// <summary>The first administrator's password, when this silo's start was the one that created it.</summary>
    public string? AdministratorPassword { get; private set; }

    /// <summary>
    /// The silo built beside this program: with <c>--artifacts-path</c> it is <c>bin/Actors.Silo/release/</c> next to
    /// <c>bin/Actors.Benchmarks/release/</c>; otherwise the project's own <c>bin/Release/net10.0</c>. BENCH_SILO_DLL overrides both.
    /// </summary>
    public static string Dll { get; } = FindDll();

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

    /// <summary>Starts the process and waits until it answers /health; returns the seconds that took.</summary>
    public async Task<double> StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var sw = Stopwatch.StartNew();
        Process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Name}");
        Process.OutputDataReceived += (_, e) => Remember(e.Data);
        Process.ErrorDataReceived += (_, e) => Remember(e.Data);
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        while (sw.Elapsed < timeout)
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {Process.ExitCode} before it was healthy:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return sw.Elapsed.TotalSeconds;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        Kill();
        throw new TimeoutException($"{Name} was not healthy within {timeout}:\n{Output}");
    }

    /// <summary><c>kill -9</c>: no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            Process!.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }
    }

    /// <summary>SIGTERM (a graceful leave), then SIGKILL after 20 s.</summary>
    public async Task StopAsync()
    {
        if (!IsRunning)
        {
            return;
        }
        using (var term = Process.Start("kill", ["-TERM", Process!.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await Process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Process?.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        AdministratorPassword ??= BenchStaff.PasswordIn(line);
        lock (_output)
        {
            _output.Enqueue($"[{Name}] {line}");
            while (_output.Count > KeptLines)
            {
                _output.Dequeue();
            }
        }
    }

    private static string FindDll()
    {
        string?[] candidates =
        [
            Environment.GetEnvironmentVariable("BENCH_SILO_DLL"),
            Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "Actors.Silo", "release", "Actors.Silo.dll")),
            Path.Combine(Paths.RepoRoot, "silo", "Actors.Silo", "bin", "Release", "net10.0", "Actors.Silo.dll"),
        ];
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c))
            ?? throw new FileNotFoundException(
                $"Build the silo in Release first (dotnet build -c Release tests/Actors.Benchmarks); looked for: {string.Join(", ", candidates.Where(c => c is not null))}");
    }
}
