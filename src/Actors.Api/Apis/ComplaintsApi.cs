using Actors.Api.Http;
using Actors.Contracts;
using Actors.Contracts.Lobby;
using Actors.Contracts.Managers;
using Actors.Contracts.Screens;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>A lobby's complaints (brief §4): recorded at once with an owner, then acknowledged, resolved or escalated.</summary>
public static class ComplaintsApi
{
    public static RouteGroupBuilder MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = LobbyApi.LobbyGroup(app).MapGroup("/complaints");
        api.MapPost("/", RecordComplaint).WithName("RecordComplaint")
            .WithSummary("Record a complaint")
            .WithDescription("Records a complaint at once (recordedBy: the signed-in user), with its owner: a member of staff of this branch.");
        api.MapPost("/{complaintId}/acknowledge", AcknowledgeComplaint).WithName("AcknowledgeComplaint")
            .WithSummary("Acknowledge a complaint")
            .WithDescription($"Taken by {LobbyPermissions.SettleRoles}; who acknowledged is the signed-in user.");
        api.MapPost("/{complaintId}/resolve", ResolveComplaint).WithName("ResolveComplaint")
            .WithSummary("Resolve a complaint on the spot")
            .WithDescription($"Taken by {LobbyPermissions.SettleRoles}, with the resolution.");
        api.MapPost("/{complaintId}/escalate", EscalateComplaint).WithName("EscalateComplaint")
            .WithSummary("Escalate a complaint")
            .WithDescription($"Taken by {LobbyPermissions.SettleRoles}: the receiver (a person or a department) becomes its owner.");
        return api;
    }

    public static async Task<Results<Created<ComplaintView>, Refused>> RecordComplaint([AsParameters] GridServices services, string branchId, ComplaintRequest request)
    {
        var problems = new Problems().Add(await services.Client("clientId", request.ClientId)).Add(await StaffOfBranch(services, branchId, "owner", request.Owner!));
        if (problems.Any)
        {
            return problems.ToResult();
        }
        var recorded = await services.Grain<ILobbyGrain>(branchId).RecordComplaint(new(
            request.Channel!.Value, request.Content!, request.ClientId, LobbyApi.Blank(request.CustomerName), request.Owner!, services.Caller.StaffId));
        return recorded.ToCreated(_ => Locations.Of("lobbies", branchId));
    }

    public static Task<Results<Ok<ComplaintView>, Refused>> AcknowledgeComplaint([AsParameters] GridServices services, string branchId, string complaintId) =>
        Settle(services, branchId, complaintId, (lobby, staff) => lobby.AcknowledgeComplaint(complaintId, staff));

    public static Task<Results<Ok<ComplaintView>, Refused>> ResolveComplaint(
        [AsParameters] GridServices services, string branchId, string complaintId, ResolveComplaintRequest request) =>
        Settle(services, branchId, complaintId, (lobby, staff) => lobby.ResolveComplaint(complaintId, request.Resolution!, staff));

    public static Task<Results<Ok<ComplaintView>, Refused>> EscalateComplaint(
        [AsParameters] GridServices services, string branchId, string complaintId, EscalateComplaintRequest request) =>
        Settle(services, branchId, complaintId, (lobby, _) => lobby.EscalateComplaint(complaintId, request.To!));

    /// <summary>A step on a complaint, for its owner, the lobby manager or the institution head; an unknown one is the lobby's own 404.</summary>
    private static async Task<Results<Ok<ComplaintView>, Refused>> Settle(
        GridServices services, string branchId, string complaintId, Func<ILobbyGrain, string, Task<Outcome<ComplaintView>>> act)
    {
        var lobby = services.Grain<ILobbyGrain>(branchId);
        var complaint = (await lobby.GetView())?.Complaints.FirstOrDefault(c => c.ComplaintId == complaintId);
        return complaint is not null && !LobbyPermissions.MaySettleComplaint(services.Caller, complaint.Owner)
            ? StaffProblems.Forbidden($"complaint {complaintId} is settled by {LobbyPermissions.SettleRoles}",
                $"投诉 {complaintId} 只能由其负责人、大堂经理或机构负责人处理")
            : (await act(lobby, services.Caller.StaffId)).ToOk();
    }

    /// <summary>Someone made responsible in this lobby: a registered member of staff of this very branch.</summary>
    private static async Task<Refusal?> StaffOfBranch(GridServices services, string branchId, string field, string id) =>
        (await services.Grain<IManagerGrain>(id).GetSnapshot())?.InstitutionId == branchId
            ? null
            : Refusal.Invalid(field, $"{id} is not a registered member of staff of {branchId}", $"{id} 不是 {branchId} 已登记的员工");
}
