using Actors.Api.Json;
using Actors.Screens.Relay;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Actors.Screens.Hosting;

public static class ScreensHostingExtensions
{
    /// <summary>SignalR (the grid's one JSON configuration, <see cref="GridJson"/>), the "Screens" options and this host's relay.</summary>
    public static IServiceCollection AddScreens(this IServiceCollection services)
    {
        services.AddOptions<ScreensOptions>().BindConfiguration(ScreensOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSignalR().AddJsonProtocol(o => GridJson.Configure(o.PayloadSerializerOptions));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IScreenSource, GrainScreenSource>();
        services.AddSingleton<ScreenRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<ScreenRelay>());
        return services;
    }

    /// <summary>
    /// The screens' pages (wwwroot, built from dashboard-web: "/" serves its index.html), open to anyone: the pages hold
    /// no data, their API and hub calls need the sign-in cookie.
    /// </summary>
    /// <remarks>
    /// Routing is placed here, after the static files: otherwise it runs first (WebApplication's default) and the API's
    /// own "/" endpoint would win over index.html. Authentication and authorization go after this.
    /// </remarks>
    public static WebApplication UseScreenPages(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        return app;
    }

    /// <summary>The hub at <see cref="ScreenHubProtocol.Path"/>, for signed-in staff only.</summary>
    public static WebApplication MapScreens(this WebApplication app)
    {
        app.MapHub<ScreensHub>(ScreenHubProtocol.Path).RequireAuthorization();
        return app;
    }
}
