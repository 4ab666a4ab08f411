using Actors.Contracts.Institutions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Http;

/// <summary>
/// Institution scoping for endpoints: an entity outside the caller's institution and those beneath it is answered 404
/// when read (its existence is not revealed) and 403 when changed.
/// </summary>
public static class Scoped
{
    /// <summary>
    /// Refuses the call when the entity named by the route value belongs to an institution the caller does not cover.
    /// <paramref name="institutionOf"/> answers null for an unknown entity: the endpoint then answers its own 404.
    /// </summary>
    public static TBuilder InScope<TBuilder>(this TBuilder builder, string routeValue, string what, Func<IGrainFactory, string, Task<string?>> institutionOf)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Staff() is not { } staff)
            {
                return StaffProblems.NotSignedIn();
            }
            if (http.GetRouteValue(routeValue) is string id)
            {
                var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
                var scope = http.RequestServices.GetRequiredService<InstitutionScope>();
                if (await institutionOf(grains, id) is { } institution && !await scope.Covers(staff, institution))
                {
                    return OutOfScope(http, $"{what} {id}");
                }
            }
            return await next(context);
        });

    /// <summary>The route value is itself an institution id (an unknown one is left to the endpoint's 404).</summary>
    public static TBuilder InScopeOfInstitution<TBuilder>(this TBuilder builder, string routeValue) where TBuilder : IEndpointConventionBuilder =>
        builder.InScope(routeValue, "institution", async (grains, id) => await grains.GetGrain<IInstitutionGrain>(id).Exists() ? id : null);

    /// <summary>404 for a read, 403 for a change.</summary>
    public static IResult OutOfScope(HttpContext http, string what) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? StaffProblems.NotFound(what)
            : StaffProblems.Forbidden($"{what} is outside your institution");

    /// <summary>The caller, who endpoints behind the fallback policy always have.</summary>
    public static SignedInStaff Caller(this HttpRequest request) =>
        request.HttpContext.Staff() ?? throw new InvalidOperationException("an endpoint that needs the signed-in user was reached anonymously");

    public static Task<bool> CoversEverything(this HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<InstitutionScope>().CoversEverything(request.Caller());

    /// <summary>Whether the caller covers the institution; a body's institution being outside it is a 403.</summary>
    public static Task<bool> Covers(this HttpRequest request, string? institutionId) =>
        request.HttpContext.RequestServices.GetRequiredService<InstitutionScope>().Covers(request.Caller(), institutionId);
}
