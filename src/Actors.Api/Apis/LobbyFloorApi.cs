using System.ComponentModel;
using System.Globalization;
using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// The lobby manager's console and the desks' finer work (brief §4, compare Qmatic Orchestra): call a ticket by name,
/// send one to a desk, void one, park and re-queue, breaks; what the kiosk prints; a business day's figures.
/// Every route answers 404 for a branch that is not a registered institution, and refuses a branch outside the caller's
/// institutions (404 to read, 403 to change). Who may do what: docs/lobby-and-collections.md.
/// </summary>
public static class LobbyFloorApi
{
    private const int TextMax = 2000;

    public static RouteGroupBuilder MapLobbyFloorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/lobbies/{branchId}").WithTags("Lobby");
        api.InScopeOfInstitution("branchId");

        api.MapPost("/tickets/{ticketId}/call", CallTicket).WithName("CallTicket")
            .WithSummary("Call one ticket to a desk")
            .WithDescription("A waiting or parked ticket is called to a free open desk, whatever its place in the queue or its service.");
        api.MapPost("/tickets/{ticketId}/send", SendTicket).WithName("SendTicket")
            .WithSummary("Send a waiting ticket to one desk")
            .WithDescription("The ticket waits for that desk only (the VIP room, a client manager's desk), keeping its place. Lobby manager or institution head.");
        api.MapPost("/tickets/{ticketId}/void", VoidTicket).WithName("VoidTicket")
            .WithSummary("Void a ticket")
            .WithDescription("A waiting or parked ticket is cancelled (the customer left, or it was printed twice); it counts as voided. Lobby manager or institution head.");
        api.MapPost("/tickets/{ticketId}/requeue", Requeue).WithName("RequeueTicket")
            .WithSummary("Put a parked ticket back in its queue")
            .WithDescription("The parked customer is back: the ticket waits again in its old place.");
        api.MapGet("/tickets/{ticketId}/place", PlaceOf).WithName("TicketPlace")
            .WithSummary("What the kiosk prints")
            .WithDescription("The branch, the business date, the number, how many are ahead and the expected wait of a waiting ticket.");
        api.MapPost("/desks/{deskId}/park", Park).WithName("ParkTicket")
            .WithSummary("Park the desk's customer")
            .WithDescription("The customer steps aside (to fetch a document); the ticket leaves the desk and the queue until re-queued or called.");
        api.MapPost("/desks/{deskId}/break", TakeBreak).WithName("DeskBreak")
            .WithSummary("The desk goes on a break")
            .WithDescription("A desk with no customer calls nobody until it is back (Call next brings it back too).");
        api.MapPost("/desks/{deskId}/back", EndBreak).WithName("DeskBack")
            .WithSummary("The desk is back from its break");
        api.MapGet("/days/{date}", Day).WithName("LobbyDay")
            .WithSummary("A business day's figures")
            .WithDescription("Served, no-shows, not served at close, voided, average wait and service and service-level breaches, in all and per service: a past day as kept when it ended, today's so far.");
        return api;
    }

    public static async Task<Results<Ok<DeskCall>, ProblemHttpResult, ValidationProblem>> CallTicket(
        IGrainFactory grains, string branchId, string ticketId, CallTicketRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.DeskId))
        {
            return Problems.Field("deskId", "is required: the desk the customer is called to");
        }
        return await Exists(grains, branchId) is { } missing ? missing : Result(await Lobby(grains, branchId).CallTicket(request.DeskId, ticketId));
    }

    public static async Task<Results<Ok<TicketView>, ProblemHttpResult, ValidationProblem>> SendTicket(
        IGrainFactory grains, HttpRequest http, string branchId, string ticketId, SendTicketRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.DeskId))
        {
            return Problems.Field("deskId", "is required: the desk the customer waits for");
        }
        return await Directed(grains, http, branchId, "sending a customer to a desk") is { } refused ? refused
            : Result(await Lobby(grains, branchId).SendTicket(ticketId, request.DeskId));
    }

    public static async Task<Results<Ok<TicketView>, ProblemHttpResult, ValidationProblem>> VoidTicket(
        IGrainFactory grains, HttpRequest http, string branchId, string ticketId, VoidTicketRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > TextMax)
        {
            return Problems.Field("reason", $"is required, at most {TextMax} characters");
        }
        return await Directed(grains, http, branchId, "voiding a ticket") is { } refused ? refused
            : Result(await Lobby(grains, branchId).VoidTicket(ticketId, request.Reason, http.Caller().StaffId));
    }

    public static async Task<Results<Ok<TicketView>, ProblemHttpResult, ValidationProblem>> Requeue(IGrainFactory grains, string branchId, string ticketId) =>
        await Exists(grains, branchId) is { } missing ? missing : Result(await Lobby(grains, branchId).Requeue(ticketId));

    public static async Task<Results<Ok<DeskCall>, ProblemHttpResult, ValidationProblem>> Park(IGrainFactory grains, string branchId, string deskId) =>
        await Exists(grains, branchId) is { } missing ? missing : Result(await Lobby(grains, branchId).Park(deskId));

    public static Task<Results<Ok<DeskView>, ProblemHttpResult, ValidationProblem>> TakeBreak(IGrainFactory grains, string branchId, string deskId) =>
        Break(grains, branchId, deskId, onBreak: true);

    public static Task<Results<Ok<DeskView>, ProblemHttpResult, ValidationProblem>> EndBreak(IGrainFactory grains, string branchId, string deskId) =>
        Break(grains, branchId, deskId, onBreak: false);

    public static async Task<Results<Ok<TicketPrint>, ProblemHttpResult>> PlaceOf(IGrainFactory grains, string branchId, string ticketId)
    {
        if (await grains.GetGrain<IInstitutionGrain>(branchId).GetSnapshot() is not { } branch)
        {
            return NotFound($"institution {branchId} is not registered");
        }
        return await Lobby(grains, branchId).PlaceOf(ticketId) is { } place
            ? TypedResults.Ok(new TicketPrint(branchId, branch.Name, place.Date, place.TicketId, place.Number, place.Service, place.PeopleAhead, place.ExpectedWaitMinutes))
            : NotFound($"ticket {ticketId} is not waiting in this lobby");
    }

    public static async Task<Results<Ok<LobbyDayFigures>, ProblemHttpResult, ValidationProblem>> Day(
        IGrainFactory grains, string branchId, [Description("The business date, yyyy-MM-dd.")] string date)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problems.Field("date", "must be a date as yyyy-MM-dd");
        }
        if (await Exists(grains, branchId) is { } missing)
        {
            return missing;
        }
        return await Lobby(grains, branchId).GetDay(day) is { } figures ? TypedResults.Ok(figures) : NotFound($"{date} has not begun yet in this lobby");
    }

    private static async Task<Results<Ok<DeskView>, ProblemHttpResult, ValidationProblem>> Break(IGrainFactory grains, string branchId, string deskId, bool onBreak) =>
        await Exists(grains, branchId) is { } missing ? missing : Result(await Lobby(grains, branchId).Break(deskId, onBreak));

    private static ILobbyGrain Lobby(IGrainFactory grains, string branchId) => grains.GetGrain<ILobbyGrain>(branchId);

    private static async Task<ProblemHttpResult?> Exists(IGrainFactory grains, string branchId) =>
        await grains.GetGrain<IInstitutionGrain>(branchId).Exists() ? null : NotFound($"institution {branchId} is not registered");

    /// <summary>Work of the lobby manager's (or the institution head's) judgement; the branch must exist first.</summary>
    private static async Task<ProblemHttpResult?> Directed(IGrainFactory grains, HttpRequest http, string branchId, string what) =>
        await Exists(grains, branchId) ?? (LobbyPermissions.MayDirectTheFloor(http.Caller()) ? null
            : TypedResults.Problem($"{what} is for the {LobbyPermissions.FloorRoles}", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"));

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>The lobby's answer: the value, or its refusal as the HTTP problem it is (404, 409, or 400 naming the field).</summary>
    private static Results<Ok<T>, ProblemHttpResult, ValidationProblem> Result<T>(LobbyResult<T> result) => result.Refusal switch
    {
        null => TypedResults.Ok(result.Value!),
        LobbyRefusal.UnknownBranch or LobbyRefusal.NotFound => NotFound(result.Detail ?? "not found"),
        LobbyRefusal.Conflict => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
        _ => Problems.Field(result.Field ?? "body", result.Detail ?? "is not valid"),
    };
}

/// <summary>The desk a ticket is called to.</summary>
public sealed record CallTicketRequest([property: Description("The desk the customer is called to.")] string? DeskId);

/// <summary>The desk a waiting ticket will wait for.</summary>
public sealed record SendTicketRequest([property: Description("The desk the customer waits for: the VIP room, a client manager's desk.")] string? DeskId);

/// <summary>Why the ticket is voided; who voided it is the signed-in user.</summary>
public sealed record VoidTicketRequest([property: Description("Why: the customer left, a duplicate ticket.")] string? Reason);

/// <summary>What the kiosk prints: the branch, the business date, the number and service, the people ahead and the expected wait.</summary>
public sealed record TicketPrint(
    string BranchId, string BranchName, DateOnly Date, string TicketId, string Number, ServiceType Service, int PeopleAhead, int ExpectedWaitMinutes);
