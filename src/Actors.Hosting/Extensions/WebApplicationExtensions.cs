using System.Text.Json.Serialization;
using Actors.Api.Apis;
using Microsoft.AspNetCore.Builder;
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
        builder.UseOrleans(silo => silo.UseEmbeddedGrid(builder.Configuration, options));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapBranchGrid(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapGet("/", () => TypedResults.Redirect("/openapi/v1.json")).ExcludeFromDescription();
        app.MapTransactionsApi();
        app.MapInstitutionsApi();
        app.MapClientsApi();
        app.MapTerminalsAndLoansApi();
        return app;
    }
}
