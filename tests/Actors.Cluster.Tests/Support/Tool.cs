using System.Diagnostics;
using System.Reflection;

namespace Actors.Cluster.Tests.Support;

/// <summary>Runs the command-line tools the deployment files are for (docker-compose, haproxy, the cluster script).</summary>
public static class Tool
{
    /// <summary>The repository this test project was built from.</summary>
    public static string RepositoryRoot { get; } = typeof(Tool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(Require(file))
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(wait.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The tool's path; a missing tool fails the test with the install command (CI installs it in .ci/run).</summary>
    private static string Require(string file)
    {
        if (file.Contains('/', StringComparison.Ordinal))
        {
            return Path.Combine(RepositoryRoot, file);
        }
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException($"'{file}' is not installed: apt-get install -y {file} (.ci/run installs it).");
    }
}
