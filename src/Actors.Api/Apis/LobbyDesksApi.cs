using Actors.Api.Http;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>A lobby's desks (counters, the VIP room, client-manager desks, self-service): open, call, serve, send on, close.</summary>
public static class LobbyDesksApi
{
    public static RouteGroupBuilder MapLobbyDesksApi(this IEndpointRouteBuilder app)
    {
        var api = LobbyApi.LobbyGroup(app).MapGroup("/desks");
        api.MapPost("/", OpenDesk).WithName("OpenDesk")
            .WithSummary("Open a desk")
            .WithDescription("Opens a desk, or re-opens it with a new name, kind and services.");
        api.MapPost("/{deskId}/close", CloseDesk).WithName("CloseDesk")
            .WithSummary("Close a desk")
            .WithDescription("Closes a desk that has no customer; customers sent to it by name go back to their service's queue, keeping their place.");
        api.MapPost("/{deskId}/call-next", CallNext).WithName("CallNext")
            .WithSummary("Call the next ticket")
            .WithDescription("Calls the next ticket this desk serves (premium and longest-waiting first); ticket is null when nobody is waiting.");
        api.MapPost("/{deskId}/recall", Recall).WithName("Recall")
            .WithSummary("Call the desk's ticket again")
            .WithDescription("Calls the ticket the desk called again, while the customer has not come.");
        api.MapPost("/{deskId}/start", StartService).WithName("StartService")
            .WithSummary("The called customer is at the desk")
            .WithDescription("Starts serving the called customer.");
        api.MapPost("/{deskId}/no-show", NoShow).WithName("NoShow")
            .WithSummary("The called customer did not come")
            .WithDescription("Closes the called ticket as a no-show and frees the desk.");
        api.MapPost("/{deskId}/transfer", Transfer).WithName("TransferTicket")
            .WithSummary("Send the customer on")
            .WithDescription("Sends the desk's customer to another service's queue or to a named desk, keeping their number and place.");
        api.MapPost("/{deskId}/finish", Finish).WithName("FinishService")
            .WithSummary("The desk has served its customer")
            .WithDescription("Closes the desk's ticket with its outcome.");
        return api;
    }

    public static async Task<Results<Ok<DeskView>, Refused>> OpenDesk([AsParameters] GridServices services, string branchId, OpenDeskRequest request) =>
        (await Lobby(services, branchId).OpenDesk(new(request.DeskId!, request.Name!, request.Kind!.Value, request.Services!, LobbyApi.Blank(request.NameZh)))).ToOk();

    public static async Task<Results<Ok<DeskView>, Refused>> CloseDesk([AsParameters] GridServices services, string branchId, string deskId) =>
        (await Lobby(services, branchId).CloseDesk(deskId)).ToOk();

    public static async Task<Results<Ok<DeskCall>, Refused>> CallNext([AsParameters] GridServices services, string branchId, string deskId) =>
        (await Lobby(services, branchId).CallNext(deskId)).ToOk();

    public static async Task<Results<Ok<DeskCall>, Refused>> Recall([AsParameters] GridServices services, string branchId, string deskId) =>
        (await Lobby(services, branchId).Recall(deskId)).ToOk();

    public static async Task<Results<Ok<DeskCall>, Refused>> StartService([AsParameters] GridServices services, string branchId, string deskId) =>
        (await Lobby(services, branchId).StartService(deskId)).ToOk();

    public static async Task<Results<Ok<DeskCall>, Refused>> NoShow([AsParameters] GridServices services, string branchId, string deskId) =>
        (await Lobby(services, branchId).NoShow(deskId)).ToOk();

    public static async Task<Results<Ok<DeskCall>, Refused>> Transfer([AsParameters] GridServices services, string branchId, string deskId, TransferRequest request) =>
        (await Lobby(services, branchId).Transfer(deskId, new(request.ToService, request.ToDeskId))).ToOk();

    public static async Task<Results<Ok<DeskCall>, Refused>> Finish([AsParameters] GridServices services, string branchId, string deskId, FinishRequest request) =>
        (await Lobby(services, branchId).Finish(deskId, request.Outcome!)).ToOk();

    private static ILobbyGrain Lobby(GridServices services, string branchId) => services.Grain<ILobbyGrain>(branchId);
}
