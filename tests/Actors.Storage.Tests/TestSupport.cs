using Actors.Hosting.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace Actors.Storage.Tests;

/// <summary>A fresh directory under the temp path, deleted on dispose.</summary>
public sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "branchgrid-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string ConnectionString => SqliteStore.BuildConnectionString(Path);

    public void Dispose()
    {
        SqliteStore.ReleasePooledConnections(ConnectionString);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One-silo in-process clusters on the embedded store.</summary>
public static class EmbeddedCluster
{
    public static async Task<InProcessTestCluster> StartAsync(string dataDirectory, string serviceId, TimeProvider? reminderClock = null)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseEmbeddedStore(dataDirectory);
            if (reminderClock is not null)
            {
                // Only the reminder service and grain timers follow the test clock; membership, messaging
                // and the rest of the runtime keep real time.
                silo.Services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, reminderClock);
                silo.Services.AddKeyedSingleton(Orleans.Runtime.TimeProviderNames.Grains, reminderClock);
            }
        });

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await ShutdownAsync(cluster);
            throw;
        }

        return cluster;
    }

    /// <summary>
    /// Stops and disposes the cluster and its silo hosts. (StopAllSilosAsync removes the silos from the
    /// cluster, after which the cluster's DisposeAsync no longer disposes their hosts.)
    /// </summary>
    public static async Task ShutdownAsync(InProcessTestCluster cluster)
    {
        var silos = cluster.Silos.ToList();
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
        foreach (var silo in silos)
        {
            await silo.DisposeAsync();
        }
    }
}

public static class Eventually
{
    /// <summary>Polls an asynchronous condition until it holds or the bound passes.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }
}

public static class Sql
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var result = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(result!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
