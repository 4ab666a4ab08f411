using Actors.Api.Http;
using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Collections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// Collections work on loans (collector, calls, promises), the rooms' wall boards and the collectors' worklists (brief §5).
/// The collector of a call or promise is always the signed-in user.
/// </summary>
public static class CollectionsApi
{
    public static RouteGroupBuilder MapCollectionsApi(this IEndpointRouteBuilder app)
    {
        var loans = app.MapGroup("/api/loans/{id}").WithTags("Collections").InScope("id", Thing.Loan, TerminalsAndLoansApi.InstitutionOfLoan);
        loans.MapPost("/collector", AssignCollector).WithName("AssignCollector")
            .WithSummary("Give the loan to a collector")
            .WithDescription($"A {CollectionsPermissions.AssignRoles} gives the loan to a registered collector in their institutions; while the loan "
                + "must go to a different collector (brief §5's hand-over), its current one is refused.");
        loans.MapPost("/calls", LogCall).WithName("LogCall")
            .WithSummary("Log a call made to the borrower")
            .WithDescription($"A {CollectionsPermissions.WorkLoansRoles} logs a call they made and its outcome; on a loan without a collector they become its collector. "
                + "With the client's own id, a retry is a replay: the same answer, recorded once.");
        loans.MapPost("/promises", RecordPromise).WithName("RecordPromise")
            .WithSummary("Record a promise to pay")
            .WithDescription($"A {CollectionsPermissions.WorkLoansRoles} records a promise they took; it is followed up within an hour either side of the "
                + "promised instant and broken if not kept by then. With the client's own id, a retry answers the promise already recorded.");

        var api = app.MapGroup("/api").WithTags("Collections");
        api.MapGet("/collections/rooms/{roomId}", GetRoom).WithName("GetCollectionsRoom")
            .WithSummary("A collections room's wall board")
            .WithDescription($"Counts and amounts per stage, promises due and broken, collected today and each collector's results; the room is a branch's institution id, or \"{ScreenStreams.CentralRoom}\". "
                + "For the room's collectors, team leads, heads and management department, and heads and management above it.");
        api.MapPost("/collections/rooms/{roomId}/rebuild", RebuildRoom).WithName("RebuildCollectionsRoom")
            .WithSummary("Rebuild a wall board")
            .WithDescription("Rebuilds a room's wall board from its loans' own state (whoever watches it).");
        api.MapGet("/collectors/{collectorId}/worklist", GetCollectorWorklist).WithName("GetCollectorWorklist")
            .WithSummary("A collector's work for today")
            .WithDescription("Promise follow-ups, reminders due and overdue loans to call, in an institution (default: the collector's own) and below. "
                + "A collector reads their own; a team lead or institution head any in their institutions.");
        return api;
    }

    public static async Task<Results<Ok<LoanSnapshot>, Refused>> AssignCollector([AsParameters] GridServices services, string id, AssignCollectorRequest request)
    {
        if (await services.StaffWithRole("collectorId", request.CollectorId!, StaffRole.Collector, "collector", "催收员") is { } refusal)
        {
            return new Refused(refusal);
        }
        return (await services.Grain<ILoanGrain>(id).AssignCollector(request.CollectorId!)).ToOk();
    }

    public static async Task<Results<Ok<LoanSnapshot>, Refused>> LogCall([AsParameters] GridServices services, string id, CallRequest request) =>
        (await services.Grain<ILoanGrain>(id).LogCall(
            new(request.At, services.Caller.StaffId, request.Number!.Value, request.Outcome!.Value, request.Note!, request.Id))).ToOk();

    public static async Task<Results<Created<LoanPromiseView>, Refused>> RecordPromise([AsParameters] GridServices services, string id, PromiseRequest request) =>
        (await services.Grain<ILoanGrain>(id).RecordPromise(new(request.Amount!.Value, request.PromisedFor!.Value, services.Caller.StaffId, request.Id)))
            .ToCreated(_ => Locations.Of("loans", id));

    public static async Task<Results<Ok<BoardView>, Refused>> GetRoom([AsParameters] GridServices services, RoomWatchers watchers, string roomId) =>
        await WatchRefusal(services, watchers, roomId) is { } refused ? refused : TypedResults.Ok(await services.Grain<ICollectionsBoardGrain>(roomId).GetView());

    public static async Task<Results<Ok<BoardView>, Refused>> RebuildRoom([AsParameters] GridServices services, RoomWatchers watchers, string roomId) =>
        await WatchRefusal(services, watchers, roomId, write: true) is { } refused ? refused : TypedResults.Ok(await services.Grain<ICollectionsBoardGrain>(roomId).Rebuild());

    public static async Task<Results<Ok<CollectorWorklistView>, Refused>> GetCollectorWorklist(
        [AsParameters] GridServices services, [AsParameters] CollectorWorklistQuery query)
    {
        if (await services.Institution("institutionId", query.InstitutionId) is { } unknown)
        {
            return new Refused(unknown);
        }
        if (query.InstitutionId is { } institutionId && !await services.Covers(institutionId))
        {
            return StaffProblems.NotFound(Thing.Institution, institutionId);
        }
        if (await services.Grain<IManagerGrain>(query.CollectorId).GetSnapshot() is not { } collector || !await services.Covers(collector.InstitutionId))
        {
            return StaffProblems.NotFound(Thing.Staff, query.CollectorId);
        }
        if (!CollectionsPermissions.MayReadWorklist(services.Caller, query.CollectorId))
        {
            return StaffProblems.Forbidden("a collector reads their own worklist; a team lead or institution head reads any in their institutions",
                "催收员只能查看自己的工作清单；团队长或机构负责人可以查看其机构内任何人的");
        }
        var worklist = await services.Grain<ICollectorWorklistGrain>(query.CollectorId).Build(query.InstitutionId ?? collector.InstitutionId);
        return OutcomeResults.OkOr(worklist, () => StaffProblems.NotFound(Thing.Institution, query.InstitutionId ?? collector.InstitutionId));
    }

    /// <summary>
    /// Null when the caller watches the room. A room outside their institutions (or no room at all) is not found to them,
    /// as every other branch's entity is (a change to it: 403); one they see but do not watch (a client manager of the
    /// branch) is 403 naming who does.
    /// </summary>
    private static async Task<Refused?> WatchRefusal(GridServices services, RoomWatchers watchers, string roomId, bool write = false)
    {
        var caller = services.Caller;
        if (!await watchers.Sees(caller, roomId))
        {
            return write ? StaffProblems.OutsideInstitution(Thing.Room, roomId) : RoomNotFound(roomId);
        }
        return await watchers.MayWatch(caller, roomId)
            ? null
            : StaffProblems.Forbidden($"the board of room {roomId} is for its {RoomWatch.WatchingRoles}", $"催收室 {roomId} 的看板只供{RoomWatch.WatchingRolesZh}查看");
    }

    private static Refused RoomNotFound(string roomId) =>
        new(Refusal.NotFound($"room {roomId} is neither \"{ScreenStreams.CentralRoom}\" nor a branch's collections room you can see",
            $"催收室 {roomId} 既不是“{ScreenStreams.CentralRoom}”，也不是您能看到的分行催收室"));
}
