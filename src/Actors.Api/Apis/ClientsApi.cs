using Microsoft.Extensions.DependencyInjection;
using Actors.Contracts;
using Actors.Api.Http;
using Actors.Contracts.Clients;
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
                ? Scoped.Forbidden($"institution {r.InstitutionId} is outside your institution")
                : (await grains.GetGrain<IClientGrain>(r.Id!).Register(new(
                    r.InstitutionId!, r.Name!, r.Kind!.Value, r.RelationshipSince ?? new BusinessClock(rules.Value.UtcOffset).DateOf(time.GetUtcNow()),
                    r.ManagerId, r.FeeIncome ?? 0)))
                .ToHttp($"/api/clients/{r.Id}", "body")))
            .Accepts<CreateClientRequest>("application/json").ProducesValidationProblem();

        api.MapPut("/{id}/manager", (string id, HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<AssignManagerRequest>(request,
            (r, errors) => errors.Manager(request, "managerId", r.ManagerId),
            async r => RegistrationResults.OkOrNotFound(await grains.GetGrain<IClientGrain>(id).AssignManager(r.ManagerId), $"client {id}")))
            .Accepts<AssignManagerRequest>("application/json").ProducesValidationProblem()
            .WithSummary("Allocate the client to a client manager (managerId null: unallocate).");

        api.MapPut("/{id}/adverse-record", (string id, HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<AdverseRecordRequest>(request,
            (r, errors) =>
            {
                errors.RequiredValue("badCreditOrLitigation", r.BadCreditOrLitigation);
                return Task.CompletedTask;
            },
            async r => RegistrationResults.OkOrNotFound(await grains.GetGrain<IClientGrain>(id).SetAdverseRecord(r.BadCreditOrLitigation!.Value), $"client {id}")))
            .Accepts<AdverseRecordRequest>("application/json").ProducesValidationProblem()
            .WithSummary("Set or clear a bad credit record or litigation, which forces the Bronze tier.");

        api.MapPost("/{id}/visits", (string id, HttpRequest request, IGrainFactory grains, [FromKeyedServices(BusinessTime.ClockKey)] TimeProvider time) => WriteEndpoint.Handle<VisitRequest>(request,
            (r, errors) =>
            {
                errors.RequiredValue("type", r.Type);
                errors.Required("by", r.By);
                errors.Required("findings", r.Findings, 4000);
                if (r.At > time.GetUtcNow())
                {
                    errors.Add("at", "is in the future");
                }
                return Task.CompletedTask;
            },
            async r => RegistrationResults.OkOrNotFound(
                await grains.GetGrain<IClientGrain>(id).LogVisit(new(r.Type!.Value, r.By!, r.At ?? time.GetUtcNow(), r.Findings!)), $"client {id}")))
            .Accepts<VisitRequest>("application/json").ProducesValidationProblem()
            .WithSummary("Log a visit; it moves the client's visit due date.");
        return api;
    }
}
