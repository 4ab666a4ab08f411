using Actors.Api.Http;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// The branch lobby (brief §4): the lobby manager's screen, the kiosk's tickets, premium flags and prospects. Desks are in
/// <see cref="LobbyDesksApi"/>, complaints in <see cref="ComplaintsApi"/>. A branch outside the caller's institutions:
/// reading its lobby is 404, working in it 403.
/// </summary>
public static class LobbyApi
{
    public const int TextMax = 2000;

    public static RouteGroupBuilder MapLobbyApi(this IEndpointRouteBuilder app)
    {
        var api = LobbyGroup(app);
        api.MapGet("/", GetLobby).WithName("GetLobby")
            .WithSummary("The lobby manager's screen")
            .WithDescription("Today's tickets, desks, complaints and figures, with the seq that the hub's deltas continue from.");
        api.MapGet("/tickets/{ticketId}", GetTicket).WithName("GetTicket")
            .WithSummary("One ticket as staff see it")
            .WithDescription("A ticket of today, with its premium signals (staff only) and waiting target.");
        api.MapPost("/tickets", IssueTicket).WithName("IssueTicket")
            .WithSummary("Issue a numbered ticket at the kiosk")
            .WithDescription("Every customer gets the same ticket; premium signals from the declarations or a known client's tier show on the staff screen only.");
        api.MapPost("/tickets/{ticketId}/premium", FlagPremium).WithName("FlagPremium")
            .WithSummary("Flag a customer as premium")
            .WithDescription($"The {LobbyPermissions.PremiumRoles} flags a customer as premium, with a reason; the flag is theirs, as signed in, and shortens the waiting target.");
        api.MapPost("/prospects", RegisterProspect).WithName("RegisterProspect")
            .WithSummary("Register a prospect for a client manager")
            .WithDescription("A customer who is not yet premium, registered for a client manager's follow-up (registeredBy: the signed-in user).");
        api.MapGet("/prospects", GetProspects).WithName("GetProspects")
            .WithSummary("The prospects to follow up")
            .WithDescription("The follow-up list, oldest first; managerId= for one client manager's.");
        return api;
    }

    /// <summary>The lobby's routes, scoped to the caller's institutions (the branch is an institution).</summary>
    internal static RouteGroupBuilder LobbyGroup(IEndpointRouteBuilder app) =>
        app.MapGroup("/api/lobbies/{branchId}").WithTags("Lobby").InScopeOfInstitution("branchId");

    public static async Task<Results<Ok<LobbyView>, Refused>> GetLobby([AsParameters] GridServices services, string branchId) =>
        OutcomeResults.OkOr(await services.Grain<ILobbyGrain>(branchId).GetView(), () => StaffProblems.NotFound(Thing.Institution, branchId));

    public static async Task<Results<Ok<TicketView>, Refused>> GetTicket([AsParameters] GridServices services, string branchId, string ticketId) =>
        await services.Grain<ILobbyGrain>(branchId).GetView() is not { } view ? StaffProblems.NotFound(Thing.Institution, branchId)
        : OutcomeResults.OkOr(view.Tickets.FirstOrDefault(t => t.TicketId == ticketId), () => StaffProblems.NotFound(Thing.Ticket, ticketId));

    public static async Task<Results<Created<KioskTicket>, Refused>> IssueTicket([AsParameters] GridServices services, string branchId, IssueTicketRequest request)
    {
        if (await services.Client("clientId", request.ClientId) is { } unknown)
        {
            return new Refused(unknown);
        }
        var issued = await services.Grain<ILobbyGrain>(branchId).IssueTicket(
            new(request.Service!.Value, request.ClientId, request.DeclaredAmount, request.Declared ?? []));
        return issued.IsRefused
            ? new Refused(issued.Refusals)
            : TypedResults.Created(Locations.Of("lobbies", branchId, "tickets", issued.Value!.TicketId),
                new KioskTicket(issued.Value.TicketId, issued.Value.Number, issued.Value.Service, issued.Value.IssuedAt));
    }

    public static async Task<Results<Ok<TicketView>, Refused>> FlagPremium(
        [AsParameters] GridServices services, string branchId, string ticketId, PremiumFlagRequest request) =>
        (await services.Grain<ILobbyGrain>(branchId).FlagPremium(ticketId, services.Caller.StaffId, request.Reason!)).ToOk();

    public static async Task<Results<Created<ProspectView>, Refused>> RegisterProspect(
        [AsParameters] GridServices services, string branchId, ProspectRequest request)
    {
        var problems = new Problems();
        if (request.TicketId is null && request.ClientId is null && string.IsNullOrWhiteSpace(request.CustomerName))
        {
            problems.Add("ticketId", "name the customer: ticketId, clientId or customerName", "请指明客户：号票、客户号或客户姓名");
        }
        problems.Add(await services.Client("clientId", request.ClientId)).Add(await services.Staff("managerId", request.ManagerId));
        if (problems.Any)
        {
            return problems.ToResult();
        }
        var registered = await services.Grain<ILobbyGrain>(branchId).RegisterProspect(new(
            request.TicketId, request.ClientId, Blank(request.CustomerName), request.ManagerId!, request.Note!, services.Caller.StaffId));
        return registered.ToCreated(p => $"{Locations.Of("lobbies", branchId, "prospects")}?managerId={Uri.EscapeDataString(p.ManagerId)}");
    }

    public static async Task<Results<Ok<IReadOnlyList<ProspectView>>, Refused>> GetProspects([AsParameters] GridServices services, [AsParameters] ProspectsQuery query) =>
        OutcomeResults.OkOr(await services.Grain<ILobbyGrain>(query.BranchId).GetProspects(query.ManagerId),
            () => StaffProblems.NotFound(Thing.Institution, query.BranchId));

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
