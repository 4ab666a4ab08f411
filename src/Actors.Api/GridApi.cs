using Actors.Api.Apis;
using Actors.Api.Files;
using Actors.Api.Http;
using Actors.Api.Json;
using Actors.Api.OpenApi;
using Actors.Api.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api;

/// <summary>The HTTP API: its services (one JSON configuration, refusals as ProblemDetails, the OpenAPI document) and its routes.</summary>
public static class GridApi
{
    public static IServiceCollection AddGridApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => GridJson.Configure(o.SerializerOptions));
        // Binding failures reach BadRequests as exceptions, to answer 400 naming the field like every other refusal.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // The framework's own answers (401/403 from the cookie, 404, 405, 415) in the caller's language too.
            if (c.ProblemDetails.Status is { } status && c.ProblemDetails.Detail is null)
            {
                c.ProblemDetails.Title = ProblemTitles.Of(status).In(UserLanguage.Of(c.HttpContext));
            }
        });
        services.AddExceptionHandler<ClusterUnavailable>();
        services.AddExceptionHandler<BadRequests>();
        services.AddSingleton<GridClock>();
        services.AddSingleton(sp => WorkOrderFileStore.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddGridOpenApi();
        return services;
    }

    /// <summary>Every area of the API under one group, whose one filter checks each request before its handler (<see cref="GridPipeline"/>).</summary>
    public static RouteGroupBuilder MapGridApi(this IEndpointRouteBuilder app)
    {
        // Every route answers 401 ProblemDetails to a caller who is not signed in (sign-in itself: to a wrong password).
        var grid = app.MapGroup("").AddEndpointFilterFactory(GridPipeline.Factory).ProducesProblem(StatusCodes.Status401Unauthorized).WithRoleMatrix();
        grid.MapAuthApi();
        grid.MapTransactionsApi();
        grid.MapInstitutionsApi();
        grid.MapStaffDirectoryApi();
        grid.MapClientsApi();
        grid.MapClientBookApi();
        grid.MapWorklistApi();
        grid.MapTerminalsAndLoansApi();
        grid.MapCollectionsApi();
        grid.MapBoardsApi();
        grid.MapDevicesApi();
        grid.MapLobbyApi();
        grid.MapLobbyDesksApi();
        grid.MapLobbyFloorApi();
        grid.MapComplaintsApi();
        grid.MapWorkOrdersApi();
        grid.MapWorkOrderFilesApi();
        grid.MapTransfersApi();
        grid.MapActivationClaimsApi();
        grid.MapMonthEndApi();
        grid.MapAuditApi();
        grid.MapStaffAccountsApi();
        grid.MapCalendarsApi();
        return grid;
    }
}
