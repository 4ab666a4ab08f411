using System.Diagnostics;
using Actors.Hosting.Storage;
using Microsoft.Extensions.Hosting;

namespace Actors.Storage.Tests;

public sealed class DataDirectoryLockTests
{
    [Fact]
    public void Second_acquisition_is_refused_with_a_clear_message_until_the_first_is_disposed()
    {
        using var dir = new TempDataDirectory();

        var first = DataDirectoryLock.Acquire(dir.Path);
        var refused = Assert.Throws<InvalidOperationException>(() => DataDirectoryLock.Acquire(dir.Path));

        Assert.Contains($"Data directory '{dir.Path}' is already in use by another BranchGrid process (pid {Environment.ProcessId})", refused.Message);
        Assert.True(first.IsHeld);

        first.Dispose();
        first.Dispose();
        Assert.False(first.IsHeld);

        var second = DataDirectoryLock.Acquire(dir.Path);
        Assert.True(second.IsHeld);
        Assert.Equal(Environment.ProcessId, DataDirectoryLock.ReadRecordedPid(dir.Path));
        second.Dispose();

        // The lock file keeps the last owner's pid for people (cat ignores flock); .NET can only read it
        // once nobody holds the lock.
        Assert.Equal($"{Environment.ProcessId}\n", File.ReadAllText(Path.Combine(dir.Path, DataDirectoryLock.LockFileName)));
        Assert.Null(DataDirectoryLock.ReadRecordedPid(dir.Path));
    }

    [Fact]
    public async Task A_lock_held_by_another_process_is_refused_and_released_by_the_kernel_when_it_dies()
    {
        using var dir = new TempDataDirectory();
        var lockFile = Path.Combine(dir.Path, DataDirectoryLock.LockFileName);

        // util-linux flock(1) takes the same flock(2) lock that .NET takes for FileShare.None. --no-fork makes the
        // holder one process (flock execs the shell, which execs sleep): when it has exited, nothing holds the lock.
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--no-fork", lockFile, "sh", "-c", "echo locked; exec sleep 300"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        try
        {
            Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)));

            var refused = Assert.Throws<InvalidOperationException>(() => DataDirectoryLock.Acquire(dir.Path));
            Assert.Contains($"Data directory '{dir.Path}' is already in use by another BranchGrid process", refused.Message);

            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            using var acquired = DataDirectoryLock.Acquire(dir.Path);
            Assert.True(acquired.IsHeld);
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void UseEmbeddedStore_refuses_a_directory_in_use_while_the_silo_is_configured()
    {
        using var dir = new TempDataDirectory();
        using var held = DataDirectoryLock.Acquire(dir.Path);

        var builder = Host.CreateApplicationBuilder();
        var refused = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(silo => silo.UseEmbeddedStore(dir.Path)));

        Assert.Contains("is already in use by another BranchGrid process", refused.Message);
    }
}
