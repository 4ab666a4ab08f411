namespace Actors.Storage;

/// <summary>
/// The store's secrets at rest (password hashes, sign-in keys, the audit) are for the silo's own user only: the data
/// directory is 0700 and the database file 0600 (SQLite gives its WAL and shared-memory files the database's mode).
/// Tightened at every start, so a directory made before is corrected too. No-ops on Windows (its ACLs apply).
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="directory"/> (0700) or tightens it to 0700.</summary>
    public static void Directory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(directory);
            return;
        }
        System.IO.Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        File.SetUnixFileMode(directory, OwnerOnlyDirectory);
    }

    /// <summary>Creates <paramref name="path"/> empty (0600) when missing, or tightens it and its SQLite companions to 0600.</summary>
    public static void DatabaseFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        if (!File.Exists(path))
        {
            using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile });
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.SetUnixFileMode(file, OwnerOnlyFile);
        }
    }
}
