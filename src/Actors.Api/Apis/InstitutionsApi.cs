using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

public static class InstitutionsApi
{
    public static RouteGroupBuilder MapInstitutionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Institutions and staff");
        api.MapGet("/institutions", async (HttpRequest request, IGrainFactory grains, InstitutionScope scope) =>
        {
            var ids = await grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List();
            var caller = request.Caller();
            var visible = await Task.WhenAll(ids.Select(async id => await scope.Covers(caller, id) ? id : null));
            var snapshots = await Task.WhenAll(visible.OfType<string>().Select(id => grains.GetGrain<IInstitutionGrain>(id).GetSnapshot()));
            return TypedResults.Ok(snapshots.OfType<InstitutionSnapshot>().ToList());
        }).WithSummary("The institutions the caller covers: their own and those beneath it (a head office: all).");
        api.MapGet("/institutions/{id}", async (string id, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<IInstitutionGrain>(id).GetSnapshot(), $"institution {id}"))
            .InScopeOfInstitution("id");
        api.MapPost("/institutions", (HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<CreateInstitutionRequest>(request,
            async (r, errors) =>
            {
                errors.Required("id", r.Id);
                errors.Required("name", r.Name, 200);
                errors.RequiredValue("kind", r.Kind);
                if (r.Kind is not null && r.Kind != InstitutionKind.HeadOffice && string.IsNullOrWhiteSpace(r.ParentId))
                {
                    errors.Add("parentId", "is required for a branch or sub-branch");
                }
                await errors.Institution(grains, "parentId", r.ParentId);
            },
            async r => await (r.ParentId is null ? request.CoversEverything() : request.Covers(r.ParentId))
                ? (await grains.GetGrain<IInstitutionGrain>(r.Id!).Register(new(r.Name!, r.Kind!.Value, r.ParentId))).ToHttp($"/api/institutions/{r.Id}", "kind")
                : StaffProblems.Forbidden(r.ParentId is null ? "only a head office's staff register a head office" : $"institution {r.ParentId} is outside your institution")))
            .RequireAuthorization(StaffSignIn.ManagementPolicy)
            .Accepts<CreateInstitutionRequest>("application/json").ProducesValidationProblem()
            .WithSummary("Register an institution (the management department, beneath its own institution).");

        api.MapGet("/managers/{id}", async (string id, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<IManagerGrain>(id).GetSnapshot(), $"manager {id}"))
            .InScope("id", "manager", async (grains, id) => (await grains.GetGrain<IManagerGrain>(id).GetSnapshot())?.InstitutionId);
        api.MapPost("/managers", (HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<CreateManagerRequest>(request,
            async (r, errors) =>
            {
                errors.Required("id", r.Id);
                errors.Required("institutionId", r.InstitutionId);
                errors.Required("name", r.Name, 200);
                if (r.NameZh is { Length: > 200 })
                {
                    errors.Add("nameZh", "must be at most 200 characters");
                }
                await errors.Institution(grains, "institutionId", r.InstitutionId);
            },
            async r => await request.Covers(r.InstitutionId)
                ? (await grains.GetGrain<IManagerGrain>(r.Id!).Register(new(r.InstitutionId!, r.Name!, r.Roles ?? [StaffRole.ClientManager], r.NameZh)))
                    .ToHttp($"/api/managers/{r.Id}", "roles")
                : StaffProblems.Forbidden($"institution {r.InstitutionId} is outside your institution")))
            .RequireAuthorization(StaffSignIn.ManagementPolicy)
            .Accepts<CreateManagerRequest>("application/json").ProducesValidationProblem()
            .WithSummary("Register a member of staff (the management department, in its own institution or beneath it).");
        return api;
    }
}
