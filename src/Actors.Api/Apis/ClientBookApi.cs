using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Contracts.Clients;
using Actors.Contracts.Statistics;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>Reads over an institution's clients: who is left unallocated, and the managers' KPIs.</summary>
public static class ClientBookApi
{
    public static RouteGroupBuilder MapClientBookApi(this IEndpointRouteBuilder app)
    {
        // Outside the caller's institutions these reads answer 404, as for an unknown institution.
        var api = app.MapGroup("/api/institutions/{id}").WithTags("Clients").InScopeOfInstitution("id");
        api.MapGet("/unallocated-clients", GetUnallocatedClients).WithName("GetUnallocatedClients")
            .WithSummary("Clients without a client manager")
            .WithDescription("Clients of the institution and those below it that have no client manager: every settlement client must have one (分田到户).");
        api.MapGet("/kpis", GetKpis).WithName("GetKpis")
            .WithSummary("The managers' KPIs for a month")
            .WithDescription("New settlement and basic accounts, reactivated and dormant accounts and deposits growth, for a month (default: this one): "
                + "per institution, per sub-branch against the targets, per client manager.");
        return api;
    }

    public static async Task<Results<Ok<UnallocatedClients>, Refused>> GetUnallocatedClients([AsParameters] GridServices services, string id) =>
        await services.Grain<IClientBookGrain>(id).Unallocated() is { } items
            ? TypedResults.Ok(new UnallocatedClients(items))
            : StaffProblems.NotFound(Thing.Institution, id);

    public static async Task<Results<Ok<InstitutionKpisView>, Refused>> GetKpis([AsParameters] GridServices services, [AsParameters] KpisQuery query)
    {
        var today = services.Clock.Today;
        var first = query.Month is null ? new DateOnly(today.Year, today.Month, 1) : MonthParameter.Parse(query.Month);
        return OutcomeResults.OkOr(await services.Grain<IClientBookGrain>(query.Id).Kpis(first, today), () => StaffProblems.NotFound(Thing.Institution, query.Id));
    }
}

/// <summary>The clients still waiting for a client manager.</summary>
public sealed record UnallocatedClients(IReadOnlyList<UnallocatedClient> Items);

public sealed record KpisQuery(string Id, [property: Month, Description("Default: this month (business date).")] string? Month);

/// <summary>A month-end read: the institution and the month (required).</summary>
public sealed record MonthQuery(string Id, [property: Required, Month] string? Month);
