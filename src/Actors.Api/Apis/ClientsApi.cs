using Actors.Api.Http;
using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Managers;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>Clients (brief §3): registration, allocation to a client manager, adverse records and visits.</summary>
public static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clients").WithTags("Clients");
        // Every route with a client id: outside the caller's institutions, a read is 404 and a change 403.
        api.InScope("id", Thing.Client, async (grains, id) => (await grains.GetGrain<IClientGrain>(id).GetSnapshot())?.InstitutionId);
        api.MapGet("/{id}", GetClient).WithName("GetClient")
            .WithSummary("One client")
            .WithDescription("The client's tier, standard deposits, manager and visit due date.");
        api.MapPost("/", RegisterClient).WithName("RegisterClient")
            .WithSummary("Register a client")
            .WithDescription("Registers a client of an institution the caller covers; repeating the same registration answers 201 again.");
        api.MapPost("/{id}/manager", AssignManager).WithName("AssignClientManager")
            .WithSummary("Allocate the client to a client manager")
            .WithDescription("A team lead or institution head of the client's institution allocates it to a client manager of that institution (分田到户).");
        // PUT stays for callers written before POST was the contract's verb; the same handler and rules.
        api.MapPut("/{id}/manager", AssignManager).WithName("AssignClientManagerByPut")
            .WithSummary("Allocate the client to a client manager (PUT)")
            .WithDescription("The same as POST /api/clients/{id}/manager, kept for older callers.");
        api.MapPut("/{id}/adverse-record", SetAdverseRecord).WithName("SetAdverseRecord")
            .WithSummary("Set or clear an adverse record")
            .WithDescription("A bad credit record or litigation forces the Bronze tier, whatever the deposits.");
        api.MapPost("/{id}/visits", LogVisit).WithName("LogVisit")
            .WithSummary("Log a visit")
            .WithDescription("The client's manager (or a team lead of its institution) logs a visit they made; it moves the client's visit due date.");
        return api;
    }

    public static async Task<Results<Ok<ClientSnapshot>, Refused>> GetClient([AsParameters] GridServices services, string id) =>
        OutcomeResults.OkOr(await services.Grain<IClientGrain>(id).GetSnapshot(), () => StaffProblems.NotFound(Thing.Client, id));

    public static async Task<Results<Created<ClientSnapshot>, Refused>> RegisterClient([AsParameters] GridServices services, CreateClientRequest request)
    {
        var problems = new Problems().Add(await services.Institution("institutionId", request.InstitutionId)).Add(await services.Staff("managerId", request.ManagerId));
        if (problems.Any)
        {
            return problems.ToResult();
        }
        if (!await services.Covers(request.InstitutionId))
        {
            return StaffProblems.OutsideInstitution(Thing.Institution, request.InstitutionId!);
        }
        return (await services.Grain<IClientGrain>(request.Id!).Register(new(request.InstitutionId!, request.Name!, request.Kind!.Value,
                request.RelationshipSince ?? services.Clock.Today, request.ManagerId, request.FeeIncome ?? 0)))
            .ToCreated(c => Locations.Of("clients", c.ClientId));
    }

    public static Task<Results<Ok<ClientSnapshot>, Refused>> AssignManager([AsParameters] GridServices services, string id, AssignManagerRequest request) =>
        ForClient(services, id, ClientPermissions.MayAllocate,
            new("only a team lead or the head of the client's institution allocates its clients", "只有客户所在机构的团队长或机构负责人可以分配客户"),
            async client =>
            {
                var manager = await services.Grain<IManagerGrain>(request.ManagerId!).GetSnapshot();
                return manager is null ? Refusal.NotRegistered("managerId", Thing.Manager, request.ManagerId!)
                    : manager.InstitutionId != client.InstitutionId
                        ? Refusal.Invalid("managerId", $"manager {request.ManagerId} is not of the client's institution", $"客户经理 {request.ManagerId} 不属于客户所在机构")
                        : Found(await services.Grain<IClientGrain>(id).AssignManager(request.ManagerId), id);
            });

    public static async Task<Results<Ok<ClientSnapshot>, Refused>> SetAdverseRecord([AsParameters] GridServices services, string id, AdverseRecordRequest request) =>
        OutcomeResults.OkOr(await services.Grain<IClientGrain>(id).SetAdverseRecord(request.BadCreditOrLitigation!.Value), () => StaffProblems.NotFound(Thing.Client, id));

    public static Task<Results<Ok<ClientSnapshot>, Refused>> LogVisit([AsParameters] GridServices services, string id, VisitRequest request) =>
        ForClient(services, id, ClientPermissions.MayLogVisit,
            new("only the client's manager or a team lead of its institution logs its visits", "只有客户的客户经理或其机构的团队长可以登记走访"),
            async _ => request.At > services.Clock.Now
                ? Refusal.Invalid("at", "is in the future", "不能是将来的时间")
                : Found(await services.Grain<IClientGrain>(id).LogVisit(
                    new(request.Type!.Value, services.Caller.StaffId, request.At ?? services.Clock.Now, request.Findings!)), id));

    /// <summary>404 for an unknown client, 403 when the rule refuses the caller (the group's scope filter refuses clients outside their institutions).</summary>
    private static async Task<Results<Ok<ClientSnapshot>, Refused>> ForClient(GridServices services, string id,
        Func<SignedInStaff, ClientSnapshot, bool> may, Words refusal, Func<ClientSnapshot, Task<Outcome<ClientSnapshot>>> act)
    {
        if (await services.Grain<IClientGrain>(id).GetSnapshot() is not { } client)
        {
            return StaffProblems.NotFound(Thing.Client, id);
        }
        if (!may(services.Caller, client))
        {
            return new Refused(new Refusal(RefusalKind.Forbidden, refusal));
        }
        return (await act(client)).ToOk();
    }

    private static Outcome<ClientSnapshot> Found(ClientSnapshot? client, string id) =>
        client is null ? Refusal.NotRegistered(Thing.Client, id) : Outcome<ClientSnapshot>.Ok(client);
}
