using System.ComponentModel.DataAnnotations;

namespace Actors.Screens.Hosting;

/// <summary>The Orleans Dashboard for operators (silos, grains, reminders); bound from configuration section "Dashboard".</summary>
public sealed class OperatorDashboardOptions
{
    public const string SectionName = "Dashboard";

    public bool Enabled { get; set; } = true;

    /// <summary>Where it is served. Not "/" (the package's default), which is the screens' own pages.</summary>
    [Required, RegularExpression("^/[A-Za-z0-9._~/-]*[A-Za-z0-9._~-]$", ErrorMessage = "Dashboard:RoutePrefix must be a path such as /dashboard, not /")]
    public string RoutePrefix { get; set; } = "/dashboard";

    /// <summary>Milliseconds between counter samples; the package requires at least 1,000.</summary>
    [Range(1000, 600_000)]
    public int CounterUpdateIntervalMs { get; set; } = 1000;

    /// <summary>
    /// Hides the dashboard's live log stream (our default: hidden). The dashboard has no authentication, and the log
    /// names clients, loans and staff.
    /// </summary>
    public bool HideTrace { get; set; } = true;
}
