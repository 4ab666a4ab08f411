using System.ComponentModel;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Contracts.Managers;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>Pick people, don't type ids: the staff a signed-in member of staff may choose from, by institution, role and name.</summary>
public static class StaffDirectoryApi
{
    public static RouteGroupBuilder MapStaffDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/staff").WithTags("Institutions and staff");
        api.MapGet("/", FindStaff).WithName("FindStaff")
            .WithSummary("Find staff to choose from")
            .WithDescription("A page of the staff of an institution the caller covers (default: the caller's own) and every institution beneath it, "
                + "by role and by a part of their name (Latin or Chinese) or id; sorted by name. What the screens use wherever a person is chosen.");
        return api;
    }

    public static async Task<Results<Ok<StaffPage>, Refused>> FindStaff([AsParameters] GridServices services, [AsParameters] StaffQuery query)
    {
        var institutionId = query.InstitutionId ?? services.Caller.InstitutionId;
        if (!await services.Covers(institutionId))
        {
            return StaffProblems.NotFound(Thing.Institution, institutionId);
        }
        var filter = new StaffFilter(query.Role is { } role ? Enum.Parse<StaffRole>(role, ignoreCase: true) : null, query.Name, query.Page ?? 1, query.PageSize ?? 50);
        return OutcomeResults.OkOr(await services.Grain<IStaffDirectoryGrain>(institutionId).Find(filter), () => StaffProblems.NotFound(Thing.Institution, institutionId));
    }
}

/// <summary>Which staff, and which page of them.</summary>
public sealed record StaffQuery(
    [property: GridId, Description("The institution (and those beneath it); default: the caller's own.")] string? InstitutionId,
    [property: EnumName(typeof(StaffRole)), Description("Only staff holding this role.")] string? Role,
    [property: Text(100), Description("A part of the name (Latin or Chinese) or of the staff id.")] string? Name,
    [property: Between(1, 10_000), Description("From 1; default 1.")] int? Page,
    [property: Between(1, 200), Description("Default 50.")] int? PageSize);
