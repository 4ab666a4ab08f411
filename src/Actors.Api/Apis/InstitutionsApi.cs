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
        api.MapGet("/institutions", async (IGrainFactory grains) =>
        {
            var ids = await grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List();
            var snapshots = await Task.WhenAll(ids.Select(id => grains.GetGrain<IInstitutionGrain>(id).GetSnapshot()));
            return TypedResults.Ok(snapshots.OfType<InstitutionSnapshot>().ToList());
        });
        api.MapGet("/institutions/{id}", async (string id, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<IInstitutionGrain>(id).GetSnapshot(), $"institution {id}"));
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
            async r => (await grains.GetGrain<IInstitutionGrain>(r.Id!).Register(new(r.Name!, r.Kind!.Value, r.ParentId)))
                .ToHttp($"/api/institutions/{r.Id}", "kind")))
            .Accepts<CreateInstitutionRequest>("application/json").ProducesValidationProblem();

        api.MapGet("/managers/{id}", async (string id, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<IManagerGrain>(id).GetSnapshot(), $"manager {id}"));
        api.MapPost("/managers", (HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<CreateManagerRequest>(request,
            async (r, errors) =>
            {
                errors.Required("id", r.Id);
                errors.Required("institutionId", r.InstitutionId);
                errors.Required("name", r.Name, 200);
                await errors.Institution(grains, "institutionId", r.InstitutionId);
            },
            async r => (await grains.GetGrain<IManagerGrain>(r.Id!).Register(new(r.InstitutionId!, r.Name!, r.Roles ?? [StaffRole.ClientManager])))
                .ToHttp($"/api/managers/{r.Id}", "roles")))
            .Accepts<CreateManagerRequest>("application/json").ProducesValidationProblem();
        return api;
    }
}
