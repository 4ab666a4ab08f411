using Actors.Contracts.Institutions;
using Actors.Domain;
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
    public static TBuilder InScope<TBuilder>(this TBuilder builder, string routeValue, Thing thing, Func<IGrainFactory, string, Task<string?>> institutionOf)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithGate(async http =>
        {
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
                    return OutOfScope(http, thing, id);
                }
            }
            return null;
        });

    /// <summary>
    /// The route value is itself an institution id: one the caller does not cover is refused as above, and an unknown one
    /// is 404 here, before the request's body is looked at.
    /// </summary>
    public static TBuilder InScopeOfInstitution<TBuilder>(this TBuilder builder, string routeValue) where TBuilder : IEndpointConventionBuilder =>
        builder.WithGate(async http =>
        {
            if (http.Staff() is not { } staff)
            {
                return StaffProblems.NotSignedIn();
            }
            if (http.GetRouteValue(routeValue) is string id)
            {
                var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
                if (!await grains.GetGrain<IInstitutionGrain>(id).Exists())
                {
                    return StaffProblems.NotFound(Thing.Institution, id);
                }
                if (!await http.RequestServices.GetRequiredService<InstitutionScope>().Covers(staff, id))
                {
                    return OutOfScope(http, Thing.Institution, id);
                }
            }
            return null;
        });

    /// <summary>404 for a read, 403 for a change.</summary>
    public static IResult OutOfScope(HttpContext http, Thing thing, string id) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? StaffProblems.NotFound(thing, id)
            : StaffProblems.OutsideInstitution(thing, id);

    /// <summary>The caller, who endpoints behind the fallback policy always have.</summary>
    public static SignedInStaff Caller(this HttpRequest request) => request.HttpContext.Caller();

    /// <summary>The caller, who endpoints behind the fallback policy always have.</summary>
    public static SignedInStaff Caller(this HttpContext http) =>
        http.Staff() ?? throw new InvalidOperationException("an endpoint that needs the signed-in user was reached anonymously");

    public static Task<bool> CoversEverything(this HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<InstitutionScope>().CoversEverything(request.Caller());

    /// <summary>Whether the caller covers the institution; a body's institution being outside it is a 403.</summary>
    public static Task<bool> Covers(this HttpRequest request, string? institutionId) =>
        request.HttpContext.RequestServices.GetRequiredService<InstitutionScope>().Covers(request.Caller(), institutionId);
}
