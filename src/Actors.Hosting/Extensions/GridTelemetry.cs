using System.Security.Cryptography;
using System.Text;
using Actors.Api.Http;
using Actors.Contracts.Managers;
using Actors.Grains.Infrastructure;
using Actors.Screens;
using Actors.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Actors.Hosting.Extensions;

/// <summary>
/// What an operator watches: metrics at <see cref="MetricsPath"/> in Prometheus' text format (ASP.NET Core's, Orleans'
/// and the grid's own meters), and traces of a request from HTTP through its grain calls, exported over OTLP only when
/// an endpoint is configured.
/// </summary>
public static class GridTelemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>A key a scraper presents as <c>Authorization: Bearer …</c>; none by default (then only the management department).</summary>
    public const string ScrapeKeyConfiguration = "Grid:Metrics:ScrapeKey";

    /// <summary>The standard OpenTelemetry setting: traces are collected and exported only when it is set.</summary>
    public const string OtlpEndpointConfiguration = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meters on the grid's /metrics: Orleans' own, and ours (grains, store writer, screens).</summary>
    public static readonly string[] Meters = ["Microsoft.Orleans", GridMetrics.MeterName, StoreMetrics.MeterName, ScreenMetrics.MeterName];

    public static WebApplicationBuilder AddGridTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("branchgrid"))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(Meters).AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointConfiguration]))
        {
            builder.UseOrleans(silo => silo.AddActivityPropagation());
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddOtlpExporter());
        }
        return builder;
    }

    /// <summary>/metrics for a scraper with the configured key or the signed-in management department; 401/403 to anyone else.</summary>
    public static WebApplication MapGridMetrics(this WebApplication app)
    {
        // Anonymous as far as the fallback policy goes: a scraper has no cookie. The gate below decides.
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(GateAsync), optionsName: null)
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static async Task GateAsync(HttpContext http, Func<Task> next)
    {
        var staff = http.Staff();
        if (ScrapeKeyPresented(http) || staff?.Has(StaffRole.ManagementDepartment) == true)
        {
            await next();
            return;
        }
        var refused = staff is null
            ? StaffProblems.NotSignedIn()
            : StaffProblems.Forbidden("metrics are for the management department or the configured scraper",
                "运行指标仅限管理部门或已配置的采集程序查看");
        await refused.ExecuteAsync(http);
    }

    private static bool ScrapeKeyPresented(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()[ScrapeKeyConfiguration];
        var header = http.Request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return !string.IsNullOrEmpty(configured) && header.StartsWith(bearer, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(configured), Encoding.UTF8.GetBytes(header[bearer.Length..].Trim()));
    }
}
