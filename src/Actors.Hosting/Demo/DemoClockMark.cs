using System.Globalization;

namespace Actors.Hosting.Demo;

/// <summary>
/// The business instant the demo has reached, kept in a small file beside the embedded store, so a restarted demo
/// carries on from there rather than from an earlier clock (see <see cref="DemoStart.Origin"/>). Without a file (the
/// cluster store) the demo starts where its options say.
/// </summary>
public sealed class DemoClockMark(string? path)
{
    public const string FileName = "demo-clock.txt";

    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);
    private DateTimeOffset _written = DateTimeOffset.MinValue;

    /// <summary>No file: nothing is read or written.</summary>
    public static DemoClockMark None { get; } = new(null);

    public static DemoClockMark InDirectory(string directory) => new(Path.Combine(Path.GetFullPath(directory), FileName));

    public DateTimeOffset? Read()
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }
        return DateTimeOffset.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var reached)
            ? reached
            : null;
    }

    /// <summary>Records the instant, at most every five business minutes unless <paramref name="force"/>d (at a stop).</summary>
    /// <remarks>Best effort: a mark that cannot be written only means a restart opens on an earlier morning.</remarks>
    public void Record(DateTimeOffset reached, bool force = false)
    {
        if (path is null || (!force && reached - _written < Every) || !Directory.Exists(Path.GetDirectoryName(path)))
        {
            return;
        }
        try
        {
            File.WriteAllText(path, reached.ToString("O", CultureInfo.InvariantCulture));
            _written = reached;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
