using Actors.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;

namespace Actors.Screens.Hosting;

public static class OperatorDashboardExtensions
{
    /// <summary>The dashboard's collectors on this silo, unless "Dashboard:Enabled" is false.</summary>
    public static ISiloBuilder AddOperatorDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = Read(configuration);
        if (options.Enabled)
        {
            silo.AddDashboard(o =>
            {
                o.CounterUpdateIntervalMs = options.CounterUpdateIntervalMs;
                o.HideTrace = options.HideTrace;
            });
        }
        silo.Services.AddOptions<OperatorDashboardOptions>().BindConfiguration(OperatorDashboardOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        return silo;
    }

    /// <summary>
    /// The dashboard's pages under "Dashboard:RoutePrefix" (default /dashboard), unless disabled; only for the signed-in
    /// management department (it shows every grain of the bank).
    /// </summary>
    public static WebApplication MapOperatorDashboard(this WebApplication app)
    {
        var options = Read(app.Configuration);
        if (options.Enabled)
        {
            // The dashboard is Orleans' own UI and data, not part of the grid's API document.
            app.MapOrleansDashboard(routePrefix: options.RoutePrefix).RequireAuthorization(StaffSignIn.ManagementPolicy).ExcludeFromDescription()
                .WithFramingOnlyPolicy();
        }
        return app;
    }

    private static OperatorDashboardOptions Read(IConfiguration configuration) =>
        configuration.GetSection(OperatorDashboardOptions.SectionName).Get<OperatorDashboardOptions>() ?? new();
}
