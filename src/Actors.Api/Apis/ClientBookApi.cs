using Actors.Api.Http;
using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Statistics;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Actors.Api.Apis;

/// <summary>Reads over an institution's clients: who is left unallocated, and the managers' KPIs.</summary>
public static class ClientBookApi
{
    public static RouteGroupBuilder MapClientBookApi(this IEndpointRouteBuilder app)
    {
        // Outside the caller's institutions these reads answer 404, as for an unknown institution.
        var api = app.MapGroup("/api/institutions/{id}").WithTags("Clients").InScopeOfInstitution("id");

        api.MapGet("/unallocated-clients", async (string id, IGrainFactory grains) =>
        {
            if (await grains.GetGrain<IClientBookGrain>(id).Unallocated() is not { } items)
            {
                return StaffProblems.NotFound($"institution {id}");
            }
            return TypedResults.Ok(new { items });
        })
        .WithSummary("Clients of the institution and those below it that have no client manager (every settlement client must have one).");

        api.MapGet("/kpis", async (string id, string? month, IGrainFactory grains,
            [FromKeyedServices(BusinessTime.ClockKey)] TimeProvider time, IOptions<BankRulesOptions> rules) =>
        {
            var today = new BusinessClock(rules.Value.UtcOffset).DateOf(time.GetUtcNow());
            var first = new DateOnly(today.Year, today.Month, 1);
            if (month is not null && !MonthParameter.TryParse(month, out first))
            {
                return Problems.Field("month", "must be a month as YYYY-MM");
            }
            if (await grains.GetGrain<IClientBookGrain>(id).Kpis(first, today) is not { } view)
            {
                return StaffProblems.NotFound($"institution {id}");
            }
            return TypedResults.Ok(view);
        })
        .Produces<InstitutionKpisView>()
        .WithSummary("The managers' KPIs for a month (default: this one): per institution, per sub-branch against the targets, per manager.");
        return api;
    }
}
