using System.ComponentModel.DataAnnotations;

namespace Actors.Hosting;

/// <summary>How this process hosts the grid; bound from configuration section "Grid".</summary>
public sealed class GridHostOptions
{
    public const string SectionName = "Grid";

    /// <summary>Where the embedded store (a SQLite file) lives; created on first start. One process per directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load the demo branch network on first start (an empty store).</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Directory of working-calendar files (one JSON file per year); default: the shipped calendars.</summary>
    public string? CalendarDirectory { get; set; }

    /// <summary>Orleans silo-to-silo port, bound on loopback in embedded mode.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port, bound on loopback in embedded mode.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    [Required]
    public string ServiceId { get; set; } = "branchgrid";

    [Required]
    public string ClusterId { get; set; } = "branchgrid";

    /// <summary>
    /// Where grain state and clocks live: <see cref="GridStore.Embedded"/> (one process, a SQLite file) or
    /// <see cref="GridStore.PostgreSql"/> (many silos, one database, connection string "ConnectionStrings:BranchGrid").
    /// </summary>
    public GridStore Store { get; set; } = GridStore.Embedded;

    /// <summary>PostgreSql mode: the address this silo listens on (silo and gateway ports) and advertises to the other silos.</summary>
    public string AdvertisedIp { get; set; } = "127.0.0.1";

    /// <summary>PostgreSql mode: apply the schema at start (idempotent; silos starting together take turns). Off when operators run `migrate` themselves.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

/// <summary>The store modes of <see cref="GridHostOptions.Store"/>.</summary>
public enum GridStore
{
    /// <summary>One process: loopback clustering, SQLite storage and reminders in the data directory.</summary>
    Embedded,

    /// <summary>A cluster: ADO.NET membership, storage and reminders on one PostgreSQL database shared by every silo.</summary>
    PostgreSql,
}
