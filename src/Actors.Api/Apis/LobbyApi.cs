using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Lobby;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// The branch lobby (brief §4): the kiosk, desks, the lobby manager's premium flags, complaints and prospects.
/// Every route answers 404 when the branch is not a registered institution, before the body is looked at.
/// </summary>
public static class LobbyApi
{
    private const int TextMax = 2000;

    public static RouteGroupBuilder MapLobbyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/lobbies/{branchId}").WithTags("Lobby");
        // A branch outside the caller's institutions: reading its lobby is 404, working in it 403.
        api.InScopeOfInstitution("branchId");

        api.MapGet("/", async (string branchId, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<ILobbyGrain>(branchId).GetView(), $"institution {branchId}"))
            .WithSummary("The lobby manager's screen: today's tickets, desks, complaints and figures, with the seq that deltas continue from.");

        api.MapGet("/tickets/{ticketId}", async (string branchId, string ticketId, IGrainFactory grains) =>
            await grains.GetGrain<ILobbyGrain>(branchId).GetView() is { } view
                ? RegistrationResults.OkOrNotFound(view.Tickets.FirstOrDefault(t => t.TicketId == ticketId), $"ticket {ticketId}")
                : NotFound(branchId));

        api.MapPost("/tickets", (string branchId, HttpRequest request, IGrainFactory grains) => ForBranch(branchId, grains, lobby =>
            WriteEndpoint.Handle<IssueTicketRequest>(request,
                async (r, errors) =>
                {
                    errors.RequiredValue("service", r.Service);
                    if (r.DeclaredAmount is not null)
                    {
                        errors.Money("declaredAmount", r.DeclaredAmount);
                    }
                    if (r.Declared is { Count: > 20 })
                    {
                        errors.Add("declared", "at most 20 declarations");
                    }
                    errors.Optional("clientId", r.ClientId);
                    await errors.Client(request, "clientId", r.ClientId);
                },
                async r => ToHttp(await lobby.IssueTicket(new(r.Service!.Value, Blank(r.ClientId), r.DeclaredAmount, r.Declared ?? [])),
                    t => TypedResults.Created($"/api/lobbies/{branchId}/tickets/{t.TicketId}", new KioskTicket(t.TicketId, t.Number, t.Service, t.IssuedAt))))))
            .Accepts<IssueTicketRequest>("application/json").Produces<KioskTicket>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("The kiosk issues a numbered ticket; premium signals show on the staff screen only.");

        api.MapPost("/tickets/{ticketId}/premium", (string branchId, string ticketId, HttpRequest request, IGrainFactory grains) => ForBranch(branchId, grains, lobby =>
            !LobbyPermissions.MayFlagPremium(request.Caller()) ? Task.FromResult(StaffProblems.Forbidden($"flagging a premium customer is for the {LobbyPermissions.PremiumRoles}"))
            : WriteEndpoint.Handle(request,
                WriteEndpoint.Check<PremiumFlagRequest>((r, errors) => errors.Required("reason", r.Reason, TextMax)),
                async r => ToHttp(await lobby.FlagPremium(ticketId, request.Caller().StaffId, r.Reason!), TypedResults.Ok))))
            .Accepts<PremiumFlagRequest>("application/json").Produces<TicketView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The lobby manager (or the institution head) flags a customer as premium; the flag is theirs, as signed in.");

        MapDesks(api);
        MapComplaints(api);
        MapProspects(api);
        return api;
    }

    private static void MapDesks(RouteGroupBuilder api)
    {
        api.MapPost("/desks", (string branchId, HttpRequest request, IGrainFactory grains) => ForBranch(branchId, grains, lobby =>
            WriteEndpoint.Handle(request,
                WriteEndpoint.Check<OpenDeskRequest>((r, errors) =>
                {
                    errors.Required("deskId", r.DeskId);
                    errors.Required("name", r.Name, 100);
                    errors.Optional("nameZh", r.NameZh, 100);
                    errors.RequiredValue("kind", r.Kind);
                    if (r.Services is not { Count: > 0 })
                    {
                        errors.Add("services", "name at least one service the desk serves");
                    }
                }),
                async r => ToHttp(await lobby.OpenDesk(new(r.DeskId!, r.Name!, r.Kind!.Value, r.Services!, Blank(r.NameZh))), TypedResults.Ok))))
            .Accepts<OpenDeskRequest>("application/json").Produces<DeskView>().ProducesValidationProblem()
            .WithSummary("Open a desk (or re-open it with a new name, kind and services).");

        api.MapPost("/desks/{deskId}/close", (string branchId, string deskId, IGrainFactory grains) =>
            ForBranch(branchId, grains, async lobby => ToHttp(await lobby.CloseDesk(deskId), TypedResults.Ok)))
            .Produces<DeskView>().WithSummary("Close a desk that has no customer.");

        MapDeskAction(api, "call-next", (lobby, deskId) => lobby.CallNext(deskId), "Call the next ticket this desk serves (ticket null: nobody is waiting).");
        MapDeskAction(api, "recall", (lobby, deskId) => lobby.Recall(deskId), "Call the desk's ticket again.");
        MapDeskAction(api, "start", (lobby, deskId) => lobby.StartService(deskId), "The called customer is at the desk.");
        MapDeskAction(api, "no-show", (lobby, deskId) => lobby.NoShow(deskId), "The called customer did not come.");

        api.MapPost("/desks/{deskId}/transfer", (string branchId, string deskId, HttpRequest request, IGrainFactory grains) => ForBranch(branchId, grains, lobby =>
            WriteEndpoint.Handle(request,
                WriteEndpoint.Check<TransferRequest>((r, errors) =>
                {
                    if (r.ToService is null && string.IsNullOrWhiteSpace(r.ToDeskId))
                    {
                        errors.Add("toService", "name the service or the desk (toDeskId) the customer goes to");
                    }
                    errors.Optional("toDeskId", r.ToDeskId);
                }),
                async r => ToHttp(await lobby.Transfer(deskId, new(r.ToService, Blank(r.ToDeskId))), TypedResults.Ok))))
            .Accepts<TransferRequest>("application/json").Produces<DeskCall>().ProducesValidationProblem()
            .WithSummary("Send the desk's customer to another service's queue or to a named desk, keeping number and place.");

        api.MapPost("/desks/{deskId}/finish", (string branchId, string deskId, HttpRequest request, IGrainFactory grains) => ForBranch(branchId, grains, lobby =>
            WriteEndpoint.Handle(request,
                WriteEndpoint.Check<FinishRequest>((r, errors) => errors.Required("outcome", r.Outcome, TextMax)),
                async r => ToHttp(await lobby.Finish(deskId, r.Outcome!), TypedResults.Ok))))
            .Accepts<FinishRequest>("application/json").Produces<DeskCall>().ProducesValidationProblem()
            .WithSummary("The desk has served its customer.");
    }

    private static void MapComplaints(RouteGroupBuilder api)
    {
        api.MapPost("/complaints", (string branchId, HttpRequest request, IGrainFactory grains) => ForBranch(branchId, grains, lobby =>
            WriteEndpoint.Handle<ComplaintRequest>(request,
                async (r, errors) =>
                {
                    errors.RequiredValue("channel", r.Channel);
                    errors.Required("content", r.Content, TextMax);
                    errors.Required("owner", r.Owner);
                    errors.Optional("clientId", r.ClientId);
                    errors.Optional("customerName", r.CustomerName, 200);
                    await errors.Client(request, "clientId", r.ClientId);
                    await errors.StaffOfBranch(grains, branchId, "owner", r.Owner);
                },
                async r => ToHttp(await lobby.RecordComplaint(new(r.Channel!.Value, r.Content!, Blank(r.ClientId), Blank(r.CustomerName), r.Owner!, request.Caller().StaffId)),
                    c => TypedResults.Created($"/api/lobbies/{branchId}", c)))))
            .Accepts<ComplaintRequest>("application/json").Produces<ComplaintView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("Record a complaint at once (recordedBy: the signed-in user), with its owner: a member of staff of this branch.");

        // Acknowledging needs no body: who acknowledged is the signed-in user (a "by" that older screens send is ignored).
        api.MapPost("/complaints/{complaintId}/acknowledge", (string branchId, string complaintId, HttpRequest request, IGrainFactory grains) => ForComplaint(branchId, complaintId, request, grains,
            async (lobby, staff) => ToHttp(await lobby.AcknowledgeComplaint(complaintId, staff.StaffId), TypedResults.Ok)))
            .Produces<ComplaintView>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The complaint's owner, the lobby manager or the institution head acknowledges it.");

        api.MapPost("/complaints/{complaintId}/resolve", (string branchId, string complaintId, HttpRequest request, IGrainFactory grains) => ForComplaint(branchId, complaintId, request, grains,
            (lobby, staff) => WriteEndpoint.Handle(request,
                WriteEndpoint.Check<ResolveComplaintRequest>((r, errors) => errors.Required("resolution", r.Resolution, TextMax)),
                async r => ToHttp(await lobby.ResolveComplaint(complaintId, r.Resolution!, staff.StaffId), TypedResults.Ok))))
            .Accepts<ResolveComplaintRequest>("application/json").Produces<ComplaintView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Resolved on the spot, by the complaint's owner, the lobby manager or the institution head.");

        api.MapPost("/complaints/{complaintId}/escalate", (string branchId, string complaintId, HttpRequest request, IGrainFactory grains) => ForComplaint(branchId, complaintId, request, grains,
            (lobby, _) => WriteEndpoint.Handle(request,
                WriteEndpoint.Check<EscalateComplaintRequest>((r, errors) => errors.Required("to", r.To)),
                async r => ToHttp(await lobby.EscalateComplaint(complaintId, r.To!), TypedResults.Ok))))
            .Accepts<EscalateComplaintRequest>("application/json").Produces<ComplaintView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The complaint's owner, the lobby manager or the institution head hands it over: the receiver (a person or a department) becomes its owner.");
    }

    private static void MapProspects(RouteGroupBuilder api)
    {
        api.MapPost("/prospects", (string branchId, HttpRequest request, IGrainFactory grains) => ForBranch(branchId, grains, lobby =>
            WriteEndpoint.Handle<ProspectRequest>(request,
                async (r, errors) =>
                {
                    if (string.IsNullOrWhiteSpace(r.TicketId) && string.IsNullOrWhiteSpace(r.ClientId) && string.IsNullOrWhiteSpace(r.CustomerName))
                    {
                        errors.Add("ticketId", "name the customer: ticketId, clientId or customerName");
                    }
                    errors.Optional("ticketId", r.TicketId);
                    errors.Optional("clientId", r.ClientId);
                    errors.Optional("customerName", r.CustomerName, 200);
                    errors.Required("managerId", r.ManagerId);
                    errors.Required("note", r.Note, TextMax);
                    await errors.Client(request, "clientId", r.ClientId);
                    await errors.Manager(request, "managerId", r.ManagerId);
                },
                async r => ToHttp(await lobby.RegisterProspect(new(Blank(r.TicketId), Blank(r.ClientId), Blank(r.CustomerName), r.ManagerId!, r.Note!, request.Caller().StaffId)),
                    p => TypedResults.Created($"/api/lobbies/{branchId}/prospects?managerId={Uri.EscapeDataString(p.ManagerId)}", p)))))
            .Accepts<ProspectRequest>("application/json").Produces<ProspectView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("Register a customer who is not yet premium for a client manager's follow-up (registeredBy: the signed-in user).");

        api.MapGet("/prospects", async (string branchId, string? managerId, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<ILobbyGrain>(branchId).GetProspects(Blank(managerId)), $"institution {branchId}"))
            .WithSummary("The follow-up list, oldest first; ?managerId= for one client manager's.");
    }

    private static void MapDeskAction(RouteGroupBuilder api, string action, Func<ILobbyGrain, string, Task<LobbyResult<DeskCall>>> act, string summary) =>
        api.MapPost($"/desks/{{deskId}}/{action}", (string branchId, string deskId, IGrainFactory grains) =>
            ForBranch(branchId, grains, async lobby => ToHttp(await act(lobby, deskId), TypedResults.Ok)))
            .Produces<DeskCall>().WithSummary(summary);

    private static async Task<IResult> ForBranch(string branchId, IGrainFactory grains, Func<ILobbyGrain, Task<IResult>> act) =>
        await grains.GetGrain<IInstitutionGrain>(branchId).Exists() ? await act(grains.GetGrain<ILobbyGrain>(branchId)) : NotFound(branchId);

    /// <summary>
    /// A step on a complaint, for its owner, the lobby manager or the institution head; an unknown complaint is left to the
    /// lobby's own 404.
    /// </summary>
    private static Task<IResult> ForComplaint(string branchId, string complaintId, HttpRequest request, IGrainFactory grains,
        Func<ILobbyGrain, SignedInStaff, Task<IResult>> act) => ForBranch(branchId, grains, async lobby =>
    {
        var staff = request.Caller();
        var complaint = (await lobby.GetView())?.Complaints.FirstOrDefault(c => c.ComplaintId == complaintId);
        return complaint is not null && !LobbyPermissions.MaySettleComplaint(staff, complaint.Owner)
            ? StaffProblems.Forbidden($"complaint {complaintId} is settled by {LobbyPermissions.SettleRoles}")
            : await act(lobby, staff);
    });

    /// <summary>Someone made responsible in this lobby: a registered member of staff of this very branch.</summary>
    private static async Task StaffOfBranch(this Problems errors, IGrainFactory grains, string branchId, string field, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && (await grains.GetGrain<IManagerGrain>(id).GetSnapshot())?.InstitutionId != branchId)
        {
            errors.Add(field, $"{id} is not a registered member of staff of {branchId}");
        }
    }

    private static IResult NotFound(string branchId) =>
        TypedResults.Problem($"institution {branchId} is not registered", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static IResult ToHttp<T>(LobbyResult<T> result, Func<T, IResult> ok) => result.Refusal switch
    {
        null => ok(result.Value!),
        LobbyRefusal.UnknownBranch or LobbyRefusal.NotFound => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        LobbyRefusal.Conflict => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
        _ => Problems.Field(result.Field ?? "body", result.Detail ?? "is not valid"),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void Optional(this Problems errors, string field, string? value, int maxLength = 64)
    {
        if (value is { Length: var length } && length > maxLength)
        {
            errors.Add(field, $"must be at most {maxLength} characters");
        }
    }
}
