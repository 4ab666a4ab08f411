using System.Diagnostics;
using System.Runtime.InteropServices;
using static Actors.Benchmarks.Inv;

namespace Actors.Benchmarks.Latency;

/// <summary>
/// A generated block of docs/benchmarks.md owned by one mode, between its own markers; the rest of the file (the
/// other modes' blocks and the hand-written prose) is kept as it is. A missing block is appended under its heading.
/// </summary>
internal static class DocsSection
{
    public static string Write(string mode, string heading, string body)
    {
        // BENCH_DOCS: a run from a clean snapshot of the repository writes into the working tree's file instead.
        var path = Environment.GetEnvironmentVariable("BENCH_DOCS") is { Length: > 0 } target ? target : Path.Combine(Paths.RepoRoot, "docs", "benchmarks.md");
        var begin = $"<!-- BEGIN GENERATED {mode} by tests/Actors.Benchmarks: do not edit by hand -->";
        var end = $"<!-- END GENERATED {mode} -->";
        var block = begin + "\n" + body.TrimEnd('\n') + "\n" + end;
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var at = text.IndexOf(begin, StringComparison.Ordinal);
        var until = text.IndexOf(end, StringComparison.Ordinal);
        text = at >= 0 && until > at
            ? text[..at] + block + text[(until + end.Length)..]
            : text.TrimEnd('\n') + "\n\n" + heading + "\n\n" + block + "\n";
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>What the figures depend on: the machine, its load, and the code measured.</summary>
    public static string Machine(string command)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        var memKb = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        var mem = long.TryParse(memKb, out var kb) ? $"{F(kb / 1048576.0, 1)} GiB" : "?";
        return string.Join("\n", [
            $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `{command}` on commit {Commit()}.",
            "",
            $"- Machine: {Environment.ProcessorCount} cores (nproc), CPU `{cpu}`, {mem} RAM, {RuntimeInformation.OSDescription}; .NET {Environment.Version}.",
            "- Everything runs on these cores at once: the silo(s), the load generator, every client and (cluster) PostgreSQL.",
        ]);
    }

    private static string Commit()
    {
        var marker = Path.Combine(Paths.RepoRoot, ".snapshot-commit");
        if (File.Exists(marker))
        {
            return $"`{File.ReadAllText(marker).Trim()}` (a `git archive` snapshot of it)";
        }
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", Paths.RepoRoot, "rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            var head = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? $"`{head}`" : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
