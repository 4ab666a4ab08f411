using System.Diagnostics;
using Npgsql;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// The cluster's membership as the silos themselves record it in PostgreSQL (OrleansMembershipTable). Read directly, so
/// the moment a killed silo is declared dead is seen without going through any silo.
/// </summary>
internal static class Membership
{
    public const int Active = 3;
    public const int Dead = 6;

    /// <summary>Status of the newest generation of the silo on <paramref name="siloPort"/>, or null when it has no row.</summary>
    public static async Task<int?> StatusAsync(string connectionString, string clusterId, int siloPort)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var q = new NpgsqlCommand(
            "SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = $1 AND Port = $2 ORDER BY Generation DESC LIMIT 1;", c);
        q.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        q.Parameters.Add(new NpgsqlParameter { Value = siloPort });
        return await q.ExecuteScalarAsync() is int status ? status : null;
    }

    /// <summary>Waits until every one of <paramref name="siloPorts"/> is Active; returns the seconds waited.</summary>
    public static async Task<double> WaitActiveAsync(string connectionString, string clusterId, IReadOnlyList<int> siloPorts, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout)
        {
            var statuses = await Task.WhenAll(siloPorts.Select(p => StatusAsync(connectionString, clusterId, p)));
            if (statuses.All(s => s == Active))
            {
                return sw.Elapsed.TotalSeconds;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"silos {string.Join(", ", siloPorts)} were not all Active within {timeout}");
    }
}
