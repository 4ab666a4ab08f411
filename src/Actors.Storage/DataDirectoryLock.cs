using System.Globalization;
using System.Text;

namespace Actors.Storage;

/// <summary>
/// Exclusive ownership of a data directory by one process.
/// </summary>
/// <remarks>
/// <para>
/// The lock is <c>silo.lock</c> in the directory, opened with <see cref="FileShare.None"/>. On Linux .NET
/// implements that with <c>flock(LOCK_EX | LOCK_NB)</c> on the open file description, so a second process
/// (or a second acquisition in the same process) is refused immediately, and the kernel drops the lock
/// when the handle is closed: on <see cref="Dispose"/>, or when the process dies, even with SIGKILL.
/// The lock file is never deleted (deleting a lock file on release lets two later owners lock two
/// different inodes).
/// </para>
/// <para>
/// The owner's pid is written into <c>silo.lock</c> (for <c>cat</c>) and into <c>silo.pid</c>. The second one
/// exists because .NET cannot read <c>silo.lock</c> while another process holds it: every .NET open takes a
/// shared <c>flock</c>, which the exclusive lock refuses. <c>silo.pid</c> is informational only.
/// </para>
/// </remarks>
public sealed class DataDirectoryLock : IDisposable
{
    /// <summary>The file that carries the lock.</summary>
    public const string LockFileName = "silo.lock";

    /// <summary>The file that names the owning process.</summary>
    public const string PidFileName = "silo.pid";

    private readonly object _gate = new();
    private FileStream? _lockStream;

    private DataDirectoryLock(string dataDirectory, FileStream lockStream)
    {
        DataDirectory = dataDirectory;
        _lockStream = lockStream;
    }

    /// <summary>The absolute path of the locked directory.</summary>
    public string DataDirectory { get; }

    /// <summary>The absolute path of the lock file.</summary>
    public string LockFilePath => Path.Combine(DataDirectory, LockFileName);

    /// <summary>Whether this instance still holds the lock.</summary>
    public bool IsHeld
    {
        get
        {
            lock (_gate)
            {
                return _lockStream is not null;
            }
        }
    }

    /// <summary>
    /// Takes the lock on <paramref name="dataDirectory"/> (created if missing).
    /// </summary>
    /// <exception cref="InvalidOperationException">Another holder has the directory.</exception>
    public static DataDirectoryLock Acquire(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        var directory = Path.GetFullPath(dataDirectory);
        PrivateFiles.Directory(directory);
        var lockPath = Path.Combine(directory, LockFileName);

        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException ex)
        {
            var owner = ReadRecordedPid(directory) is { } pid ? $"pid {pid}" : "pid unknown";
            throw new InvalidOperationException(
                $"Data directory '{directory}' is already in use by another BranchGrid process ({owner}). " +
                $"Only one process may use a data directory at a time: stop the other process or choose another " +
                $"data directory. The lock is held on '{lockPath}' and is released when its owner exits.",
                ex);
        }

        try
        {
            var pidText = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n";
            var bytes = Encoding.ASCII.GetBytes(pidText);
            stream.SetLength(0);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
            File.WriteAllText(Path.Combine(directory, PidFileName), pidText);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return new DataDirectoryLock(directory, stream);
    }

    /// <summary>The pid recorded by the current or last owner of <paramref name="dataDirectory"/>, if any.</summary>
    public static int? ReadRecordedPid(string dataDirectory)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(Path.GetFullPath(dataDirectory), PidFileName));
            return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Releases the lock. Safe to call more than once.</summary>
    public void Dispose()
    {
        FileStream? stream;
        lock (_gate)
        {
            stream = _lockStream;
            _lockStream = null;
        }

        if (stream is null)
        {
            return;
        }

        // Remove our pid while we still hold the lock, so we cannot delete the next owner's.
        try
        {
            File.Delete(Path.Combine(DataDirectory, PidFileName));
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        stream.Dispose();
    }
}
