using Actors.Domain.Calendar;
using Actors.Grains.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Actors.Hosting.Calendars;

/// <summary>
/// /health is degraded (not unhealthy: everything still runs, on the Monday–Friday fallback) while this year's working
/// calendar is missing, or from 1 November next year's.
/// </summary>
public sealed class CalendarHealthCheck(BankRules rules) : IHealthCheck
{
    public const string Name = "calendar";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(CalendarCoverage.MissingYear(rules.Today, rules.Calendar) is { } year
            ? HealthCheckResult.Degraded(CalendarCoverage.Missing(year, rules.Today).En)
            : HealthCheckResult.Healthy());
}

/// <summary>/health as text: the status alone when healthy (what probes compare), then each entry that is not, with why.</summary>
public static class HealthText
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Status}: {e.Value.Description}");
        return context.Response.WriteAsync(string.Join('\n', lines.Prepend(report.Status.ToString())));
    }
}
