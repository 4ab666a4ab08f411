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
}
