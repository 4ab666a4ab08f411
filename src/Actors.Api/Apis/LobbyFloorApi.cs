using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Contracts.Institutions;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// The lobby manager's console and the desks' finer work (brief §4, compare Qmatic Orchestra): call a ticket by name,
/// send one to a desk, void one, park and re-queue, breaks; what the kiosk prints; a business day's figures.
/// Every route answers 404 for a branch that is not a registered institution, and refuses a branch outside the caller's
/// institutions (404 to read, 403 to change), before the body is looked at. Who may do what: docs/lobby-and-collections.md.
/// </summary>
public static class LobbyFloorApi
{
    public static RouteGroupBuilder MapLobbyFloorApi(this IEndpointRouteBuilder app)
    {
        var api = LobbyApi.LobbyGroup(app);

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
            .WithSummary("The desk is back from its break")
            .WithDescription("The desk calls customers again.");
        api.MapGet("/days/{date}", Day).WithName("LobbyDay")
            .WithSummary("A business day's figures")
            .WithDescription("Served, no-shows, not served at close, voided, average wait and service and service-level breaches, in all and per service: a past day as kept when it ended, today's so far.");
        return api;
    }

    public static async Task<Results<Ok<DeskCall>, Refused>> CallTicket([AsParameters] GridServices services, string branchId, string ticketId, CallTicketRequest request) =>
        (await Lobby(services, branchId).CallTicket(request.DeskId!, ticketId)).ToOk();

    public static async Task<Results<Ok<TicketView>, Refused>> SendTicket(
        [AsParameters] GridServices services, string branchId, string ticketId, SendTicketRequest request) =>
        (await Lobby(services, branchId).SendTicket(ticketId, request.DeskId!)).ToOk();

    public static async Task<Results<Ok<TicketView>, Refused>> VoidTicket(
        [AsParameters] GridServices services, string branchId, string ticketId, VoidTicketRequest request) =>
        (await Lobby(services, branchId).VoidTicket(ticketId, request.Reason!, services.Caller.StaffId)).ToOk();

    public static async Task<Results<Ok<TicketView>, Refused>> Requeue([AsParameters] GridServices services, string branchId, string ticketId) =>
        (await Lobby(services, branchId).Requeue(ticketId)).ToOk();

    public static async Task<Results<Ok<DeskCall>, Refused>> Park([AsParameters] GridServices services, string branchId, string deskId) =>
        (await Lobby(services, branchId).Park(deskId)).ToOk();

    public static async Task<Results<Ok<DeskView>, Refused>> TakeBreak([AsParameters] GridServices services, string branchId, string deskId) =>
        (await Lobby(services, branchId).Break(deskId, onBreak: true)).ToOk();

    public static async Task<Results<Ok<DeskView>, Refused>> EndBreak([AsParameters] GridServices services, string branchId, string deskId) =>
        (await Lobby(services, branchId).Break(deskId, onBreak: false)).ToOk();

    public static Task<Results<Ok<TicketPrint>, Refused>> PlaceOf([AsParameters] GridServices services, string branchId, string ticketId) =>
        Place(services.Grains, branchId, ticketId);

    /// <summary>What the kiosk prints, for the lobby's route and the kiosk device's alike.</summary>
    internal static async Task<Results<Ok<TicketPrint>, Refused>> Place(IGrainFactory grains, string branchId, string ticketId)
    {
        if (await grains.GetGrain<IInstitutionGrain>(branchId).GetSnapshot() is not { } branch)
        {
            return StaffProblems.NotFound(Thing.Institution, branchId);
        }
        return await grains.GetGrain<ILobbyGrain>(branchId).PlaceOf(ticketId) is { } place
            ? TypedResults.Ok(new TicketPrint(branchId, branch.Name, place.Date, place.TicketId, place.Number, place.Service, place.PeopleAhead, place.ExpectedWaitMinutes))
            : new Refused(Refusal.NotFound($"ticket {ticketId} is not waiting in this lobby", $"本大堂没有等候中的号票 {ticketId}"));
    }

    public static async Task<Results<Ok<LobbyDayFigures>, Refused>> Day([AsParameters] GridServices services, [AsParameters] LobbyDayQuery query)
    {
        var day = DateOnly.ParseExact(query.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return OutcomeResults.OkOr(await Lobby(services, query.BranchId).GetDay(day),
            () => new Refused(Refusal.NotFound($"{query.Date} has not begun yet in this lobby", $"本大堂的 {query.Date} 尚未开始")));
    }

    private static ILobbyGrain Lobby(GridServices services, string branchId) => services.Grain<ILobbyGrain>(branchId);
}

/// <summary>The desk a ticket is called to.</summary>
public sealed record CallTicketRequest([property: Required, GridId, Description("The desk the customer is called to.")] string? DeskId);

/// <summary>The desk a waiting ticket will wait for.</summary>
public sealed record SendTicketRequest([property: Required, GridId, Description("The desk the customer waits for: the VIP room, a client manager's desk.")] string? DeskId);

/// <summary>Why the ticket is voided; who voided it is the signed-in user.</summary>
public sealed record VoidTicketRequest([property: Required, Text(LobbyApi.TextMax), Description("Why: the customer left, a duplicate ticket.")] string? Reason);

/// <summary>A business day of a lobby.</summary>
public sealed record LobbyDayQuery(string BranchId, [property: Day, Description("The business date, YYYY-MM-DD.")] string Date);

/// <summary>What the kiosk prints: the branch, the business date, the number and service, the people ahead and the expected wait.</summary>
public sealed record TicketPrint(
    string BranchId, string BranchName, DateOnly Date, string TicketId, string Number, ServiceType Service, int PeopleAhead, int ExpectedWaitMinutes);
