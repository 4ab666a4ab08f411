using Microsoft.Extensions.DependencyInjection;
using Actors.Contracts;
using Actors.Api.Http;
using Actors.Contracts.Clients;
using Actors.Contracts.Managers;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Actors.Api.Apis;

public static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clients").WithTags("Clients");
        // Every route with a client id: outside the caller's institutions, a read is 404 and a change 403.
        api.InScope("id", "client", async (grains, id) => (await grains.GetGrain<IClientGrain>(id).GetSnapshot())?.InstitutionId);
        api.MapGet("/{id}", async (string id, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<IClientGrain>(id).GetSnapshot(), $"client {id}"));
        api.MapPost("/", (HttpRequest request, IGrainFactory grains, [FromKeyedServices(BusinessTime.ClockKey)] TimeProvider time, IOptions<BankRulesOptions> rules) => WriteEndpoint.Handle<CreateClientRequest>(request,
            async (r, errors) =>
            {
                errors.Required("id", r.Id);
                errors.Required("institutionId", r.InstitutionId);
                errors.Required("name", r.Name, 200);
                errors.RequiredValue("kind", r.Kind);
                if (r.FeeIncome < 0)
                {
                    errors.Add("feeIncome", "must not be negative");
                }
                await errors.Institution(grains, "institutionId", r.InstitutionId);
                await errors.Manager(request, "managerId", r.ManagerId);
            },
            async r => !await request.Covers(r.InstitutionId)
                ? StaffProblems.Forbidden($"institution {r.InstitutionId} is outside your institution")
                : (await grains.GetGrain<IClientGrain>(r.Id!).Register(new(
                    r.InstitutionId!, r.Name!, r.Kind!.Value, r.RelationshipSince ?? new BusinessClock(rules.Value.UtcOffset).DateOf(time.GetUtcNow()),
                    r.ManagerId, r.FeeIncome ?? 0)))
                .ToHttp($"/api/clients/{r.Id}", "body")))
            .Accepts<CreateClientRequest>("application/json").ProducesValidationProblem();

        // POST is the contract's verb; PUT stays for callers written before it. Both allocate under the same rules.
        foreach (var verb in new[] { HttpMethods.Post, HttpMethods.Put })
        {
            api.MapMethods("/{id}/manager", [verb], (string id, HttpRequest request, IGrainFactory grains) => AssignManager(id, request, grains))
                .Accepts<AssignManagerRequest>("application/json").ProducesValidationProblem()
                .WithSummary("Allocate the client to a client manager of its institution (team lead or institution head of that institution).");
        }

        api.MapPut("/{id}/adverse-record", (string id, HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<AdverseRecordRequest>(request,
            (r, errors) =>
            {
                errors.RequiredValue("badCreditOrLitigation", r.BadCreditOrLitigation);
                return Task.CompletedTask;
            },
            async r => RegistrationResults.OkOrNotFound(await grains.GetGrain<IClientGrain>(id).SetAdverseRecord(r.BadCreditOrLitigation!.Value), $"client {id}")))
            .Accepts<AdverseRecordRequest>("application/json").ProducesValidationProblem()
            .WithSummary("Set or clear a bad credit record or litigation, which forces the Bronze tier.");

        api.MapPost("/{id}/visits", (string id, HttpRequest request, IGrainFactory grains, [FromKeyedServices(BusinessTime.ClockKey)] TimeProvider time) =>
            ForClient(id, request.HttpContext, grains, ClientPermissions.MayLogVisit, "only the client's manager or a team lead of its institution logs its visits",
                staff => WriteEndpoint.Handle<VisitRequest>(request,
                    (r, errors) =>
                    {
                        errors.RequiredValue("type", r.Type);
                        errors.Required("findings", r.Findings, 4000);
                        if (r.At > time.GetUtcNow())
                        {
                            errors.Add("at", "is in the future");
                        }
                        return Task.CompletedTask;
                    },
                    async r => RegistrationResults.OkOrNotFound(
                        await grains.GetGrain<IClientGrain>(id).LogVisit(new(r.Type!.Value, staff.StaffId, r.At ?? time.GetUtcNow(), r.Findings!)), $"client {id}"))))
            .Accepts<VisitRequest>("application/json").ProducesValidationProblem()
            .WithSummary("Log a visit by the signed-in staff member; it moves the client's visit due date.");
        return api;
    }

    private static Task<IResult> AssignManager(string id, HttpRequest request, IGrainFactory grains) =>
        ForClient(id, request.HttpContext, grains, ClientPermissions.MayAllocate, "only a team lead or the head of the client's institution allocates its clients",
            _ => WriteEndpoint.Handle<AssignManagerRequest>(request,
                async (r, errors) =>
                {
                    if (errors.Required("managerId", r.ManagerId) is not { } managerId)
                    {
                        return;
                    }
                    var manager = await grains.GetGrain<IManagerGrain>(managerId).GetSnapshot();
                    var client = await grains.GetGrain<IClientGrain>(id).GetSnapshot();
                    if (manager is null)
                    {
                        errors.Add("managerId", $"manager {managerId} is not registered");
                    }
                    else if (manager.InstitutionId != client?.InstitutionId)
                    {
                        errors.Add("managerId", $"manager {managerId} is not of the client's institution");
                    }
                },
                async r => RegistrationResults.OkOrNotFound(await grains.GetGrain<IClientGrain>(id).AssignManager(r.ManagerId), $"client {id}")));

    /// <summary>401 for an anonymous caller, 404 for an unknown client, 403 when the rule refuses the caller (the group's scope filter refuses clients outside their institutions).</summary>
    private static async Task<IResult> ForClient(string id, HttpContext http, IGrainFactory grains,
        Func<SignedInStaff, ClientSnapshot, bool> may, string refusal, Func<SignedInStaff, Task<IResult>> act)
    {
        if (http.Staff() is not { } staff)
        {
            return StaffProblems.NotSignedIn();
        }
        if (await grains.GetGrain<IClientGrain>(id).GetSnapshot() is not { } client)
        {
            return StaffProblems.NotFound($"client {id}");
        }
        return may(staff, client) ? await act(staff) : StaffProblems.Forbidden(refusal);
    }
}
