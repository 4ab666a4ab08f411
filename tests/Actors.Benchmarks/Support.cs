using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Actors.Hosting;
using Actors.Hosting.Extensions;
using Actors.Hosting.Storage;
using Actors.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Actors.Benchmarks;

internal static class Inv
{
    public static string F(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
    public static string S(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Where the repository and this run's scratch directories are.</summary>
internal static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>All data directories of one run live under here (on the same disk as any other temp store).</summary>
    public static string RunRoot { get; } = Path.Combine(Path.GetTempPath(), "branchgrid-bench-" + Guid.NewGuid().ToString("N")[..12]);

    public static string NewDataDirectory(string name)
    {
        var path = Path.Combine(RunRoot, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteRunRoot()
    {
        try
        {
            if (Directory.Exists(RunRoot))
            {
                Directory.Delete(RunRoot, recursive: true);
            }
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"warning: could not delete {RunRoot}: {ex.Message}");
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Actors.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}

/// <summary>CPU time and wall time over a window, for this process or another one.</summary>
internal sealed class CpuWindow
{
    private readonly Process _process;
    private readonly TimeSpan _cpuStart;
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    private CpuWindow(Process process)
    {
        _process = process;
        _process.Refresh();
        _cpuStart = _process.TotalProcessorTime;
    }

    public static CpuWindow Start(Process? process = null) => new(process ?? Process.GetCurrentProcess());

    /// <summary>(wall seconds, CPU seconds) since the start.</summary>
    public (double Wall, double Cpu) Stop()
    {
        _process.Refresh();
        return (_wall.Elapsed.TotalSeconds, (_process.TotalProcessorTime - _cpuStart).TotalSeconds);
    }
}

/// <summary>
/// The production silo wiring (<see cref="SiloBuilderExtensions.UseEmbeddedGrid"/>: localhost clustering, the embedded
/// SQLite store, the grains), hosted in this process without the HTTP layer. Grain calls go through the silo's own
/// <see cref="IGrainFactory"/>, which is exactly what the HTTP API does.
/// </summary>
internal sealed class InProcessGrid : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessGrid(IHost host, string dataDirectory, WarningCounter warnings)
    {
        _host = host;
        DataDirectory = dataDirectory;
        Warnings = warnings;
    }

    /// <summary>Orleans' warnings about grain turns over 1 s and thread-pool stalls, counted since start.</summary>
    public WarningCounter Warnings { get; }

    public string DataDirectory { get; }
    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();
    public IServiceProvider Services => _host.Services;

    public static async Task<InProcessGrid> StartAsync(
        string dataDirectory, Action<ISiloBuilder>? configure = null, ILoggerProvider? extraLogger = null, string serviceId = "bench",
        bool memoryStore = false)
    {
        var ports = FreePorts.Many(2);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Grid:DataDirectory"] = dataDirectory,
            ["Grid:SeedDemo"] = "false",
            ["Grid:SiloPort"] = Inv.S(ports[0]),
            ["Grid:GatewayPort"] = Inv.S(ports[1]),
            ["Grid:ServiceId"] = serviceId,
            ["Grid:ClusterId"] = serviceId,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The console shows errors only; the runtime's warnings that matter here are counted instead.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Error);
        var warnings = new WarningCounter();
        builder.Logging.AddProvider(warnings);
        if (extraLogger is not null)
        {
            builder.Logging.AddProvider(extraLogger);
            // Only this provider sees the reminder service's debug messages; the console stays at Warning.
            builder.Services.Configure<LoggerFilterOptions>(o =>
                o.Rules.Add(new LoggerFilterRule(extraLogger.GetType().FullName, "Orleans.Runtime.ReminderService", LogLevel.Debug, null)));
        }
        var options = builder.Configuration.GetSection(GridHostOptions.SectionName).Get<GridHostOptions>()!;
        builder.UseOrleans(silo =>
        {
            if (memoryStore)
            {
                // Diagnostic only (never durable): UseEmbeddedGrid with the SQLite store swapped for the grid store in memory
                // (same rows, same grain path, no disk).
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                silo.UseMemoryGridStore();
                silo.AddBranchGridGrains(builder.Configuration);
            }
            else
            {
                silo.UseEmbeddedGrid(builder.Configuration, options);
            }
            configure?.Invoke(silo);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new InProcessGrid(host, dataDirectory, warnings);
    }

    public async ValueTask DisposeAsync()
    {
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await _host.StopAsync(cts.Token);
        }
        _host.Dispose();
        if (File.Exists(Path.Combine(DataDirectory, SqliteStore.DatabaseFileName)))
        {
            SqliteStore.ReleasePooledConnections(SqliteStore.BuildConnectionString(DataDirectory));
        }
    }
}

/// <summary>Runs <paramref name="count"/> bounded-concurrency operations and returns the wall seconds taken.</summary>
internal static class Bounded
{
    public static async Task<double> ForAsync(int count, int concurrency, Func<int, Task> body)
    {
        var sw = Stopwatch.StartNew();
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(concurrency, count)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await body(i);
            }
        });
        await Task.WhenAll(workers);
        return sw.Elapsed.TotalSeconds;
    }
}

/// <summary>Counts the runtime's "a turn took longer than 1 s" and "thread pool stalled" warnings.</summary>
internal sealed class WarningCounter : ILoggerProvider, ILogger
{
    private long _longTurns;
    private long _stalls;

    public long LongTurns => Interlocked.Read(ref _longTurns);
    public long ThreadPoolStalls => Interlocked.Read(ref _stalls);

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        if (message.Contains("for execution, which is longer than", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _longTurns);
        }
        else if (message.Contains("Thread Pool execution stalled", StringComparison.Ordinal) && !message.StartsWith("Self-monitoring", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _stalls);
        }
    }
}
