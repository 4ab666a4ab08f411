using Actors.Api.Http;
using Actors.Contracts.Collections;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>Collections work on loans (collector, calls, promises), the rooms' wall boards and the collectors' worklists (brief §5).</summary>
public static class CollectionsApi
{
    public static RouteGroupBuilder MapCollectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Collections");

        api.MapPost("/loans/{id}/collector", (string id, HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<AssignCollectorRequest>(request,
            (r, errors) => errors.Staff(request, "collectorId", r.CollectorId),
            async r => (await grains.GetGrain<ILoanGrain>(id).AssignCollector(r.CollectorId!)).ToHttp(id)))
            .Accepts<AssignCollectorRequest>("application/json").ProducesValidationProblem()
            .InScope("id", "loan", TerminalsAndLoansApi.InstitutionOfLoan)
            .WithSummary("Give the loan to a collector; while the loan must go to a different collector, its current one is refused.");

        // "at" is defaulted and checked against the business clock by the loan (the demo runs that clock faster than real time).
        api.MapPost("/loans/{id}/calls", (string id, HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<CallRequest>(request,
            async (r, errors) =>
            {
                errors.RequiredValue("number", r.Number);
                errors.RequiredValue("outcome", r.Outcome);
                errors.Required("note", r.Note, 4000);
                await errors.Staff(request, "collectorId", r.CollectorId);
            },
            async r => (await grains.GetGrain<ILoanGrain>(id).LogCall(new(r.At, r.CollectorId!, r.Number!.Value, r.Outcome!.Value, r.Note!)))
                .ToHttp(id)))
            .Accepts<CallRequest>("application/json").ProducesValidationProblem()
            .InScope("id", "loan", TerminalsAndLoansApi.InstitutionOfLoan)
            .WithSummary("Log a call and its outcome; on a loan without a collector the caller becomes its collector.");

        api.MapPost("/loans/{id}/promises", (string id, HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<PromiseRequest>(request,
            async (r, errors) =>
            {
                errors.Money("amount", r.Amount);
                errors.RequiredValue("promisedFor", r.PromisedFor);
                await errors.Staff(request, "by", r.By);
            },
            async r => (await grains.GetGrain<ILoanGrain>(id).RecordPromise(new(r.Amount!.Value, r.PromisedFor!.Value, r.By!)))
                .ToHttp(id, created: true)))
            .Accepts<PromiseRequest>("application/json").ProducesValidationProblem()
            .InScope("id", "loan", TerminalsAndLoansApi.InstitutionOfLoan)
            .WithSummary("Record a promise to pay; it is followed up within an hour either side of the promised instant and broken if not kept by then.");

        api.MapGet("/collections/rooms/{roomId}", async (string roomId, HttpRequest request, IGrainFactory grains) =>
            await RoomExists(grains, roomId) && await InRoomScope(request, roomId) ? TypedResults.Ok(await grains.GetGrain<ICollectionsBoardGrain>(roomId).GetView()) : RoomNotFound(roomId))
            .WithSummary($"A collections room's wall board: a branch's institution id, or \"{ScreenStreams.CentralRoom}\".");

        api.MapPost("/collections/rooms/{roomId}/rebuild", async (string roomId, HttpRequest request, IGrainFactory grains) =>
            !await RoomExists(grains, roomId) ? RoomNotFound(roomId)
            : !await InRoomScope(request, roomId) ? StaffProblems.Forbidden($"room {roomId} is outside your institution")
            : TypedResults.Ok(await grains.GetGrain<ICollectionsBoardGrain>(roomId).Rebuild()))
            .WithSummary("Rebuild a wall board from its loans' own state.");

        api.MapGet("/collectors/{collectorId}/worklist", async (string collectorId, string? institutionId, HttpRequest request, IGrainFactory grains) =>
        {
            var errors = new Problems();
            errors.Required("institutionId", institutionId);
            await errors.Institution(grains, "institutionId", institutionId);
            if (errors.Any)
            {
                return errors.ToResult();
            }
            if (!await request.Covers(institutionId))
            {
                return NotFound($"institution {institutionId} is not registered");
            }
            if (await grains.GetGrain<IManagerGrain>(collectorId).GetSnapshot() is not { } collector || !await request.Covers(collector.InstitutionId))
            {
                return NotFound($"collector {collectorId} is not registered");
            }
            var worklist = await grains.GetGrain<ICollectorWorklistGrain>(collectorId).Build(institutionId!);
            return worklist is null ? NotFound($"institution {institutionId} is not registered") : TypedResults.Ok(worklist);
        }).WithSummary("A collector's work for today in an institution and below: promise follow-ups, reminders due, overdue loans to call.");
        return api;
    }

    private static async Task Staff(this Problems errors, HttpRequest request, string field, string? id)
    {
        if (errors.Required(field, id) is not null)
        {
            await errors.Manager(request, field, id);
        }
    }

    private static async Task<bool> RoomExists(IGrainFactory grains, string roomId) =>
        roomId == ScreenStreams.CentralRoom || await grains.GetGrain<IInstitutionGrain>(roomId).Exists();

    /// <summary>A branch's room is its institution's; the central room (M3 loans of the whole bank) is the head office's.</summary>
    private static async Task<bool> InRoomScope(HttpRequest request, string roomId) =>
        roomId == ScreenStreams.CentralRoom ? await request.CoversEverything() : await request.Covers(roomId);

    private static IResult RoomNotFound(string roomId) => NotFound($"room {roomId} is neither \"{ScreenStreams.CentralRoom}\" nor a registered institution");

    private static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static IResult ToHttp<T>(this CollectionsResult<T> result, string loanId, bool created = false) => result.Error switch
    {
        null when created => TypedResults.Created($"/api/loans/{loanId}", result.Value),
        null => TypedResults.Ok(result.Value),
        CollectionsError.UnknownLoan => NotFound(result.Detail ?? $"loan {loanId} is not registered"),
        _ => Problems.Field(result.Field ?? "body", result.Detail ?? "refused by a collections rule"),
    };
}
