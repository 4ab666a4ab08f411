using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>The bank's tree of institutions and its staff register, kept by the management department.</summary>
public static class InstitutionsApi
{
    public static RouteGroupBuilder MapInstitutionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Institutions and staff");
        api.MapGet("/institutions", ListInstitutions).WithName("ListInstitutions")
            .WithSummary("The institutions the caller covers")
            .WithDescription("The caller's own institution and those beneath it (a head office: all).");
        api.MapGet("/institutions/{id}", GetInstitution).WithName("GetInstitution").InScopeOfInstitution("id")
            .WithSummary("One institution")
            .WithDescription("An institution in the caller's scope: name, kind, parent.");
        api.MapPost("/institutions", RegisterInstitution).WithName("RegisterInstitution").RequireAuthorization(StaffSignIn.ManagementPolicy)
            .WithSummary("Register an institution")
            .WithDescription("The management department registers an institution beneath its own (a head office's staff register head offices).");
        api.MapGet("/managers/{id}", GetStaffMember).WithName("GetStaffMember")
            .InScope("id", Thing.Staff, async (grains, id) => (await grains.GetGrain<IManagerGrain>(id).GetSnapshot())?.InstitutionId)
            .WithSummary("One member of staff")
            .WithDescription("A member of staff in the caller's scope: institution, roles, and for a client manager the tier and credit clients.");
        api.MapPost("/managers", RegisterStaffMember).WithName("RegisterStaffMember").RequireAuthorization(StaffSignIn.ManagementPolicy)
            .WithSummary("Register a member of staff")
            .WithDescription("The management department registers a member of staff in its own institution or beneath it.");
        return api;
    }

    public static async Task<Ok<List<InstitutionSnapshot>>> ListInstitutions([AsParameters] GridServices services)
    {
        var ids = await services.Grain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List();
        var visible = await Task.WhenAll(ids.Select(async id => await services.Covers(id) ? id : null));
        var snapshots = await Task.WhenAll(visible.OfType<string>().Select(id => services.Grain<IInstitutionGrain>(id).GetSnapshot()));
        return TypedResults.Ok(snapshots.OfType<InstitutionSnapshot>().ToList());
    }

    public static async Task<Results<Ok<InstitutionSnapshot>, Refused>> GetInstitution([AsParameters] GridServices services, string id) =>
        OutcomeResults.OkOr(await services.Grain<IInstitutionGrain>(id).GetSnapshot(), () => StaffProblems.NotFound(Thing.Institution, id));

    public static async Task<Results<Created<InstitutionSnapshot>, Refused>> RegisterInstitution([AsParameters] GridServices services, CreateInstitutionRequest request)
    {
        var problems = new Problems();
        if (request.Kind != InstitutionKind.HeadOffice && request.ParentId is null)
        {
            problems.Add("parentId", "is required for a branch or sub-branch", "支行或分行必须填写上级机构");
        }
        if (problems.Add(await services.Institution("parentId", request.ParentId)).Any)
        {
            return problems.ToResult();
        }
        if (!await (request.ParentId is null ? services.CoversEverything() : services.Covers(request.ParentId)))
        {
            return request.ParentId is null
                ? StaffProblems.Forbidden("only a head office's staff register a head office", "只有总行员工可以登记总行")
                : StaffProblems.OutsideInstitution(Thing.Institution, request.ParentId);
        }
        return (await services.Grain<IInstitutionGrain>(request.Id!).Register(new(request.Name!, request.Kind!.Value, request.ParentId)))
            .ToCreated(i => Locations.Of("institutions", i.InstitutionId));
    }

    public static async Task<Results<Ok<ManagerSnapshot>, Refused>> GetStaffMember([AsParameters] GridServices services, string id) =>
        OutcomeResults.OkOr(await services.Grain<IManagerGrain>(id).GetSnapshot(), () => StaffProblems.NotFound(Thing.Staff, id));

    public static async Task<Results<Created<ManagerSnapshot>, Refused>> RegisterStaffMember([AsParameters] GridServices services, CreateManagerRequest request)
    {
        if (await services.Institution("institutionId", request.InstitutionId) is { } unknown)
        {
            return new Refused(unknown);
        }
        if (!await services.Covers(request.InstitutionId))
        {
            return StaffProblems.OutsideInstitution(Thing.Institution, request.InstitutionId!);
        }
        return (await services.Grain<IManagerGrain>(request.Id!).Register(new(request.InstitutionId!, request.Name!, request.Roles ?? [StaffRole.ClientManager], LobbyApi.Blank(request.NameZh))))
            .ToCreated(m => Locations.Of("managers", m.ManagerId));
    }
}
