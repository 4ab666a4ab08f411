using Actors.Api.Http;
using Actors.Contracts.Collections;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Actors.Domain.Collections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

/// <summary>Collections work on loans (collector, calls, promises), the rooms' wall boards and the collectors' worklists (brief §5).</summary>
public static class CollectionsApi
{
    public static RouteGroupBuilder MapCollectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Collections");

        api.MapPost("/loans/{id}/collector", (string id, HttpRequest request, IGrainFactory grains) =>
            !CollectionsPermissions.MayAssignCollector(request.Caller())
                ? Task.FromResult(StaffProblems.Forbidden($"assigning a collector is for a {CollectionsPermissions.AssignRoles}"))
            : WriteEndpoint.Handle<AssignCollectorRequest>(request,
                (r, errors) => errors.Collector(request, "collectorId", r.CollectorId),
                async r => (await grains.GetGrain<ILoanGrain>(id).AssignCollector(r.CollectorId!)).ToHttp(id)))
            .Accepts<AssignCollectorRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .InScope("id", "loan", TerminalsAndLoansApi.InstitutionOfLoan)
            .WithSummary("A team lead, institution head or the management department gives the loan to a registered collector in their institutions; "
                + "while the loan must go to a different collector, its current one is refused.");

        MapCollectorWork<CallRequest>(api, "calls",
            (r, errors) =>
            {
                errors.RequiredValue("number", r.Number);
                errors.RequiredValue("outcome", r.Outcome);
                errors.Required("note", r.Note, 4000);
            },
            async (loan, collector, r) => (await loan.LogCall(new(r.At, collector, r.Number!.Value, r.Outcome!.Value, r.Note!, Blank(r.Id)))).ToHttp(loan.GetPrimaryKeyString()))
            .WithSummary("A collector (or team lead) logs a call they made and its outcome; on a loan without a collector they become its collector. "
                + "An optional client id makes a retry a replay: the same answer, recorded once.");

        MapCollectorWork<PromiseRequest>(api, "promises",
            (r, errors) =>
            {
                errors.Money("amount", r.Amount);
                errors.RequiredValue("promisedFor", r.PromisedFor);
            },
            async (loan, collector, r) => (await loan.RecordPromise(new(r.Amount!.Value, r.PromisedFor!.Value, collector, Blank(r.Id))))
                .ToHttp(loan.GetPrimaryKeyString(), created: true))
            .WithSummary("A collector (or team lead) records a promise to pay they took; it is followed up within an hour either side of the promised instant and broken if not kept by then. "
                + "An optional client id makes a retry answer the promise already recorded.");

        api.MapGet("/collections/rooms/{roomId}", async (string roomId, HttpRequest request, IGrainFactory grains) =>
            await WatchRefusal(request, roomId) ?? TypedResults.Ok(await grains.GetGrain<ICollectionsBoardGrain>(roomId).GetView()))
            .WithSummary($"A collections room's wall board: a branch's institution id, or \"{ScreenStreams.CentralRoom}\". "
                + "For the room's collectors, team leads, heads and management department, and heads and management above it.");

        api.MapPost("/collections/rooms/{roomId}/rebuild", async (string roomId, HttpRequest request, IGrainFactory grains) =>
            await WatchRefusal(request, roomId, write: true) ?? TypedResults.Ok(await grains.GetGrain<ICollectionsBoardGrain>(roomId).Rebuild()))
            .WithSummary("Rebuild a wall board from its loans' own state (whoever watches it).");

        api.MapGet("/collectors/{collectorId}/worklist", async (string collectorId, string? institutionId, HttpRequest request, IGrainFactory grains) =>
        {
            var errors = new Problems();
            await errors.Institution(grains, "institutionId", institutionId);
            if (errors.Any)
            {
                return errors.ToResult();
            }
            if (institutionId is not null && !await request.Covers(institutionId))
            {
                return NotFound($"institution {institutionId} is not registered");
            }
            if (await grains.GetGrain<IManagerGrain>(collectorId).GetSnapshot() is not { } collector || !await request.Covers(collector.InstitutionId))
            {
                return NotFound($"collector {collectorId} is not registered");
            }
            if (!CollectionsPermissions.MayReadWorklist(request.Caller(), collectorId))
            {
                return StaffProblems.Forbidden("a collector reads their own worklist; a team lead or institution head reads any in their institutions");
            }
            var worklist = await grains.GetGrain<ICollectorWorklistGrain>(collectorId).Build(institutionId ?? collector.InstitutionId);
            return worklist is null ? NotFound($"institution {institutionId} is not registered") : TypedResults.Ok(worklist);
        }).WithSummary("A collector's work for today in an institution (default: the collector's own) and below: promise follow-ups, reminders due, "
            + "overdue loans to call. Their own for a collector; any in scope for a team lead or institution head.");
        return api;
    }

    /// <summary>
    /// A collector's own work on a loan (a call, a promise): the collector is the signed-in user, so a collectorId or "by"
    /// that older clients send is ignored; anyone but a collector or team lead is refused before the body is read. "at" is
    /// defaulted and checked against the business clock by the loan (the demo runs that clock faster than real time).
    /// </summary>
    private static RouteHandlerBuilder MapCollectorWork<TRequest>(RouteGroupBuilder api, string what, Action<TRequest, Problems> validate,
        Func<ILoanGrain, string, TRequest, Task<IResult>> act) where TRequest : class, IClientRequest =>
        api.MapPost($"/loans/{{id}}/{what}", (string id, HttpRequest request, IGrainFactory grains) =>
        {
            var caller = request.Caller();
            return !CollectionsPermissions.MayWorkLoans(caller)
                ? Task.FromResult(StaffProblems.Forbidden($"calls and promises are logged by a {CollectionsPermissions.WorkLoansRoles}"))
                : WriteEndpoint.Handle<TRequest>(request,
                    WriteEndpoint.Check<TRequest>((r, errors) =>
                    {
                        validate(r, errors);
                        errors.RequestId(r.Id);
                    }),
                    r => act(grains.GetGrain<ILoanGrain>(id), caller.StaffId, r));
        })
        .Accepts<TRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
        .InScope("id", "loan", TerminalsAndLoansApi.InstitutionOfLoan);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void RequestId(this Problems errors, string? id)
    {
        if (id is { Length: > 64 })
        {
            errors.Add("id", "must be at most 64 characters");
        }
    }

    /// <summary>The assignee: a registered member of staff in the caller's institutions who holds the collector role.</summary>
    private static async Task Collector(this Problems errors, HttpRequest request, string field, string? id)
    {
        if (errors.Required(field, id) is null)
        {
            return;
        }
        var grains = request.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        if (await grains.GetGrain<IManagerGrain>(id!).GetSnapshot() is not { } staff || !await request.Covers(staff.InstitutionId))
        {
            errors.Add(field, $"manager {id} is not registered");
        }
        else if (!staff.Roles.Contains(StaffRole.Collector))
        {
            errors.Add(field, $"{id} is not a collector");
        }
    }

    /// <summary>
    /// Null when the caller watches the room. A room outside their institutions (or no room at all) is not found to them,
    /// as every other branch's entity is (a change to it: 403); one they see but do not watch (a client manager of the
    /// branch) is 403 naming who does.
    /// </summary>
    private static async Task<IResult?> WatchRefusal(HttpRequest request, string roomId, bool write = false)
    {
        var watchers = request.HttpContext.RequestServices.GetRequiredService<RoomWatchers>();
        var caller = request.Caller();
        if (!await watchers.Sees(caller, roomId))
        {
            return write ? StaffProblems.Forbidden($"room {roomId} is outside your institution") : RoomNotFound(roomId);
        }
        return await watchers.MayWatch(caller, roomId)
            ? null
            : StaffProblems.Forbidden($"the board of room {roomId} is for its {RoomWatch.WatchingRoles}");
    }

    private static IResult RoomNotFound(string roomId) => NotFound($"room {roomId} is neither \"{ScreenStreams.CentralRoom}\" nor a branch's collections room you can see");

    private static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static IResult ToHttp<T>(this CollectionsResult<T> result, string loanId, bool created = false) => result.Error switch
    {
        null when created => TypedResults.Created($"/api/loans/{loanId}", result.Value),
        null => TypedResults.Ok(result.Value),
        CollectionsError.UnknownLoan => NotFound(result.Detail ?? $"loan {loanId} is not registered"),
        _ => Problems.Field(result.Field ?? "body", result.Detail ?? "refused by a collections rule"),
    };
}
