using Actors.Api;
using Actors.Api.Http;
using Actors.Hosting.Calendars;
using Actors.Hosting.SignIn;
using Actors.Screens.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Actors.Hosting.Extensions;

public static class WebApplicationExtensions
{
    /// <summary>The silo, its store and the HTTP API, configured from "Grid", "Rules" and "Transactions".</summary>
    public static WebApplicationBuilder AddBranchGrid(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GridHostOptions.SectionName).Get<GridHostOptions>() ?? new GridHostOptions();
        builder.Services.AddOptions<GridHostOptions>().BindConfiguration(GridHostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.UseOrleans(silo => silo.UseConfiguredGrid(builder.Configuration, options));
        // Beside the store wiring, so every cluster mode gets it: Orleans applies each UseOrleans to the same silo.
        builder.UseOrleans(silo => silo.AddOperatorDashboard(builder.Configuration));
        // No Server header: it tells a scanner which server to aim at.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddUpstreamKeyCheck(builder.Configuration);
        builder.Services.AddGridApi();
        builder.Services.AddRequestLimits();
        builder.Services.AddHealthChecks().AddCheck<CalendarHealthCheck>(CalendarHealthCheck.Name);
        builder.Services.AddStaffSignIn();
        builder.Services.AddSignInThrottle();
        builder.Services.AddDeviceSignIn();
        builder.Services.AddSignInKeysInGrainStore();
        builder.Services.AddSignInKeyProtection(builder.Configuration);
        builder.Services.AddScreens();
        builder.AddGridTelemetry();
        return builder;
    }

    public static WebApplication MapBranchGrid(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseBusinessTimeHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseScreenPages();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseDeniedRequestsAudit();
        app.UseAuthorization();
        app.UseRateLimiter();
        // Everything else requires a signed-in user (the fallback policy); these are open.
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthText.Write }).AllowAnonymous();
        app.MapGet("/", () => TypedResults.Redirect("/openapi/v1.json")).ExcludeFromDescription().AllowAnonymous();
        app.MapGridApi();
        app.MapScreens();
        app.MapOperatorDashboard();
        app.MapGridMetrics();
        return app;
    }
}
