using Actors.Storage;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Actors.Hosting.Storage;

/// <summary>
/// Brings the PostgreSQL schema up to date as the very first step of a silo's start, before the membership,
/// storage and reminder providers read their queries from <c>OrleansQuery</c>.
/// </summary>
/// <remarks>
/// Silos that start together each run it; <see cref="PostgresSchema.MigrateAsync"/> makes them take turns, and
/// all but the first find nothing to do.
/// </remarks>
public sealed partial class ClusterStoreMigrator(string connectionString, ILogger<ClusterStoreMigrator> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ClusterStoreMigrator), ServiceLifecycleStage.First, MigrateAsync);

    private async Task MigrateAsync(CancellationToken ct)
    {
        IReadOnlyList<string> applied;
        try
        {
            applied = await PostgresSchema.MigrateAsync(connectionString, ct);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"Could not bring the cluster store at {PostgresStore.Describe(connectionString)} up to date: {ex.Message}", ex);
        }
        if (applied.Count > 0)
        {
            LogApplied(logger, string.Join(", ", applied), PostgresStore.Describe(connectionString));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema scripts {Scripts} to the cluster store at {Store}")]
    private static partial void LogApplied(ILogger logger, string scripts, string store);
}
