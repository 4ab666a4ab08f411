using System.Net;
using Actors.Storage;
using Microsoft.Extensions.Configuration;

namespace Actors.Hosting.Storage;

/// <summary>
/// What a silo needs to join the cluster store, read from configuration and checked before anything starts.
/// </summary>
/// <param name="ConnectionString">The PostgreSQL connection string (session time zone pinned to UTC).</param>
/// <param name="AdvertisedIp">The address the silo listens on and advertises.</param>
/// <param name="MigrateOnStart">Whether the silo applies the schema as it starts.</param>
public sealed record ClusterStoreSettings(string ConnectionString, IPAddress AdvertisedIp, bool MigrateOnStart)
{
    /// <summary>The name under "ConnectionStrings" (environment: <c>ConnectionStrings__BranchGrid</c>).</summary>
    public const string ConnectionStringName = "BranchGrid";

    /// <summary>Where the database is, without the password: for logs and messages.</summary>
    public string Description => PostgresStore.Describe(ConnectionString);

    /// <summary>Reads and checks the settings of PostgreSql mode.</summary>
    /// <exception cref="InvalidOperationException">One message listing every setting that is missing or wrong, by its configuration key.</exception>
    public static ClusterStoreSettings FromConfiguration(IConfiguration configuration, GridHostOptions options)
    {
        var errors = new List<string>();

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            errors.Add($"ConnectionStrings:{ConnectionStringName} is required (environment variable ConnectionStrings__{ConnectionStringName}), " +
                "e.g. \"Host=db;Port=5432;Database=branchgrid;Username=branchgrid;Password=...\"");
        }
        else
        {
            try
            {
                connectionString = PostgresStore.Normalize(connectionString);
            }
            catch (ArgumentException ex)
            {
                errors.Add($"ConnectionStrings:{ConnectionStringName} is not a valid PostgreSQL connection string: {ex.Message}");
            }
        }

        if (!IPAddress.TryParse(options.AdvertisedIp, out var advertised))
        {
            errors.Add($"Grid:AdvertisedIp '{options.AdvertisedIp}' is not an IP address");
        }
        else if (advertised.Equals(IPAddress.Any) || advertised.Equals(IPAddress.IPv6Any))
        {
            // Other silos dial the advertised address: a wildcard cannot be dialled.
            errors.Add($"Grid:AdvertisedIp must be an address the other silos can reach, not {advertised}");
        }

        if (options.SiloPort == options.GatewayPort)
        {
            errors.Add($"Grid:SiloPort and Grid:GatewayPort must differ (both are {options.SiloPort})");
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"Grid:Store is {GridStore.PostgreSql}, but the cluster settings are incomplete:{Environment.NewLine} - " +
                string.Join(Environment.NewLine + " - ", errors));
        }

        return new ClusterStoreSettings(connectionString!, advertised!, options.MigrateOnStart);
    }
}
