using System.Globalization;
using Actors.Testing;

namespace Actors.Benchmarks.Cluster;

internal static class PostgresCpu
{
    /// <summary>
    /// CPU seconds used so far by the server: the postmaster and its children (backends, WAL writer, checkpointer), from
    /// /proc. A backend that exits takes its time with it; the silos' pooled connections stay open, so little is missed.
    /// </summary>
    public static double CpuSeconds(this PostgresServer server)
    {
        var pidFile = Path.Combine(server.DataDirectory, "postmaster.pid");
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
}
