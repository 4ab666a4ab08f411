using Actors.Contracts.Managers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Actors.Contracts.Managers.StaffRole;

namespace Actors.Api.Http;

/// <summary>
/// Who may call every route of the API, in one table keyed by the route's operation id (brief §1 for who does what).
/// Deny by default: a route missing here stops the silo at start. The table is the door; a route's own rules (whose
/// client, whose step, which institution) come after it. docs/security.md is generated from it, and a test walks every
/// route with every role against it.
/// </summary>
public static class RoleMatrix
{
    private static readonly StaffRole[] Heads = [TeamLead, InstitutionHead, ManagementDepartment];

    public static IReadOnlyDictionary<string, RouteAccess> Routes { get; } = new Dictionary<string, RouteAccess>(StringComparer.Ordinal)
    {
        // Sign-in and one's own session.
        ["SignIn"] = RouteAccess.Anonymous,
        ["SignOut"] = RouteAccess.AnyStaff(),
        ["GetMe"] = RouteAccess.AnyStaff(),
        ["ChangeOwnPassword"] = RouteAccess.AnyStaff("with the current password"),

        // The tree and the staff register: the management department (institutions, management and head roles: head office's only).
        ["ListInstitutions"] = RouteAccess.AnyStaff(),
        ["GetInstitution"] = RouteAccess.AnyStaff(),
        ["RegisterInstitution"] = RouteAccess.Staff(ManagementDepartment).Because("of the head office only"),
        ["GetStaffMember"] = RouteAccess.AnyStaff(),
        ["FindStaff"] = RouteAccess.AnyStaff(),
        ["RegisterStaffMember"] = RouteAccess.Staff(ManagementDepartment).Because("in its institutions; management and head roles: the head office's only"),
        ["ChangeStaffRoles"] = RouteAccess.Staff(ManagementDepartment).Because("never one's own; management and head roles: the head office's only"),
        ["SetPassword"] = RouteAccess.Staff(ManagementDepartment).Because("another's, in its institutions; ends their sessions"),
        ["DisableStaff"] = RouteAccess.Staff(ManagementDepartment).Because("never one's own; their sessions end and their terminals are offered for departure transfers"),
        ["EnableStaff"] = RouteAccess.Staff(ManagementDepartment).Because("never one's own"),
        ["UnlockSignIn"] = RouteAccess.Staff(ManagementDepartment).Because("lifts the delays after wrong passwords"),
        ["GetAudit"] = RouteAccess.Staff(ManagementDepartment),
        ["GetAuditCsv"] = RouteAccess.Staff(ManagementDepartment),

        // Transactions: the core banking system by its key, or the management department.
        ["PostTransactions"] = RouteAccess.UpstreamOr(ManagementDepartment),

        // Clients (brief §3).
        ["GetClient"] = RouteAccess.AnyStaff(),
        ["RegisterClient"] = RouteAccess.Staff(ClientManager, TeamLead, InstitutionHead, ManagementDepartment),
        ["AssignClientManager"] = RouteAccess.Staff(TeamLead, InstitutionHead).Because("of the client's institution"),
        ["AssignClientManagerByPut"] = RouteAccess.Staff(TeamLead, InstitutionHead).Because("of the client's institution"),
        ["SetAdverseRecord"] = RouteAccess.Staff(RiskOfficer, ManagementDepartment),
        ["LogVisit"] = RouteAccess.Staff(ClientManager, TeamLead).Because("the client's own manager, or a team lead of its institution"),
        ["GetUnallocatedClients"] = RouteAccess.AnyStaff(),
        ["GetKpis"] = RouteAccess.AnyStaff(),
        ["GetWorklist"] = RouteAccess.AnyStaff("the team's: team lead or institution head"),

        // Terminals and loans: the register is the management department's (the Micro-Finance Department).
        ["GetTerminal"] = RouteAccess.AnyStaff(),
        ["RegisterTerminal"] = RouteAccess.Staff(ManagementDepartment),
        ["GetLoan"] = RouteAccess.AnyStaff(),
        ["RegisterLoan"] = RouteAccess.Staff(ManagementDepartment),

        // Terminal transfers and activation claims (brief §2): steps by the person the chain names, four eyes.
        ["FileTransfer"] = RouteAccess.AnyStaff("not the terminal's maintainer"),
        ["FileDepartureTransfers"] = RouteAccess.Staff(Heads).Because("the leaver's team lead or institution head, or the management department"),
        ["GetTransfer"] = RouteAccess.AnyStaff(),
        ["ConfirmTransferStep"] = RouteAccess.AnyStaff("the person the waiting step names, who took no other step of the case"),
        ["RejectTransferStep"] = RouteAccess.AnyStaff("the person the waiting step names, who took no other step of the case"),
        ["WithdrawTransfer"] = RouteAccess.AnyStaff("the applicant"),
        ["GetApprovals"] = RouteAccess.AnyStaff(),
        ["GetTerminalAudit"] = RouteAccess.AnyStaff(),
        ["FileActivationClaim"] = RouteAccess.AnyStaff("who re-activated it, not its maintainer"),
        ["BatchActivationClaims"] = RouteAccess.Staff(TeamLead).Because("of the claims' institution, on the 1st and 15th"),
        ["GetInactiveTerminals"] = RouteAccess.AnyStaff(),
        ["GetInactiveTerminalsCsv"] = RouteAccess.AnyStaff(),

        // Collections (brief §5).
        ["AssignCollector"] = RouteAccess.Staff(Heads),
        ["LogCall"] = RouteAccess.Staff(Collector, TeamLead),
        ["RecordPromise"] = RouteAccess.Staff(Collector, TeamLead),
        ["GetCollectionsRoom"] = RouteAccess.AnyStaff("the room's collectors, team leads, heads and management, and heads and management above it"),
        ["RebuildCollectionsRoom"] = RouteAccess.Staff(Collector, TeamLead, InstitutionHead, ManagementDepartment).Because("who watch the room"),
        ["GetCollectorWorklist"] = RouteAccess.Staff(Collector, TeamLead, InstitutionHead).Because("a collector their own"),
        ["GetWatchedRooms"] = RouteAccess.StaffOrDevice,

        // The lobby (brief §4): desks and tickets are any staff's (tellers are not a role of their own).
        ["GetLobby"] = RouteAccess.AnyStaff(),
        ["GetTicket"] = RouteAccess.AnyStaff(),
        ["IssueTicket"] = RouteAccess.AnyStaff(),
        ["FlagPremium"] = RouteAccess.Staff(LobbyManager, InstitutionHead),
        ["RegisterProspect"] = RouteAccess.AnyStaff(),
        ["GetProspects"] = RouteAccess.AnyStaff(),
        ["OpenDesk"] = RouteAccess.AnyStaff(),
        ["CloseDesk"] = RouteAccess.AnyStaff(),
        ["CallNext"] = RouteAccess.AnyStaff(),
        ["Recall"] = RouteAccess.AnyStaff(),
        ["StartService"] = RouteAccess.AnyStaff(),
        ["NoShow"] = RouteAccess.AnyStaff(),
        ["TransferTicket"] = RouteAccess.AnyStaff(),
        ["FinishService"] = RouteAccess.AnyStaff(),
        ["CallTicket"] = RouteAccess.AnyStaff(),
        ["SendTicket"] = RouteAccess.Staff(LobbyManager, InstitutionHead),
        ["VoidTicket"] = RouteAccess.Staff(LobbyManager, InstitutionHead),
        ["RequeueTicket"] = RouteAccess.AnyStaff(),
        ["TicketPlace"] = RouteAccess.AnyStaff(),
        ["ParkTicket"] = RouteAccess.AnyStaff(),
        ["DeskBreak"] = RouteAccess.AnyStaff(),
        ["DeskBack"] = RouteAccess.AnyStaff(),
        ["LobbyDay"] = RouteAccess.AnyStaff(),
        ["RecordComplaint"] = RouteAccess.AnyStaff(),
        ["AcknowledgeComplaint"] = RouteAccess.AnyStaff("its owner, the lobby manager or the institution head"),
        ["ResolveComplaint"] = RouteAccess.AnyStaff("its owner, the lobby manager or the institution head"),
        ["EscalateComplaint"] = RouteAccess.AnyStaff("its owner, the lobby manager or the institution head"),

        // Devices: registered and revoked by the lobby manager (kiosk, display) or those who watch the room (board).
        ["RegisterDevice"] = RouteAccess.Staff(LobbyManager, TeamLead, InstitutionHead, ManagementDepartment).Because("a kiosk or display: the lobby manager; a board: who watches the room"),
        ["ListDevices"] = RouteAccess.Staff(LobbyManager, TeamLead, InstitutionHead, ManagementDepartment),
        ["RevokeDevice"] = RouteAccess.Staff(LobbyManager, TeamLead, InstitutionHead, ManagementDepartment).Because("as for registering"),
        ["GetOwnDevice"] = RouteAccess.Device,
        ["IssueKioskTicket"] = RouteAccess.Device,
        ["GetKioskTicketPlace"] = RouteAccess.Device,

        // After-sales work orders (brief §3).
        ["ListWorkOrders"] = RouteAccess.AnyStaff(),
        ["GetWorkOrderProgress"] = RouteAccess.AnyStaff(),
        ["GetWorkOrder"] = RouteAccess.AnyStaff(),
        ["AssignWorkOrder"] = RouteAccess.Staff(TeamLead).Because("of the order's sub-branch"),
        ["BookWorkOrder"] = RouteAccess.AnyStaff("its assignee"),
        ["RecordWorkOrderVisit"] = RouteAccess.AnyStaff("its assignee"),
        ["AttachWorkOrderFile"] = RouteAccess.AnyStaff("its assignee"),
        ["GetWorkOrderFile"] = RouteAccess.AnyStaff(),
        ["GetRiskList"] = RouteAccess.Staff(RiskOfficer, ManagementDepartment),

        // The bank's working calendars: uploaded by the management department, read by all.
        ["UploadCalendar"] = RouteAccess.Staff(ManagementDepartment),
        ["ListCalendarVersions"] = RouteAccess.AnyStaff(),
        ["GetCalendar"] = RouteAccess.AnyStaff(),
        ["GetCalendarVersion"] = RouteAccess.AnyStaff(),

        // Month end.
        ["GetMonthStatistics"] = RouteAccess.Staff(TeamLead, InstitutionHead, ManagementDepartment, RiskOfficer),
        ["GetMonthStatisticsCsv"] = RouteAccess.Staff(TeamLead, InstitutionHead, ManagementDepartment, RiskOfficer),
    };

    /// <summary>Puts each route's row on it (and the authentication it needs); a route with no row stops the start.</summary>
    public static TBuilder WithRoleMatrix<TBuilder>(this TBuilder group) where TBuilder : IEndpointConventionBuilder
    {
        group.Finally(endpoint =>
        {
            var name = endpoint.Metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName;
            if (name is null || !Routes.TryGetValue(name, out var access))
            {
                throw new InvalidOperationException(
                    $"{endpoint.DisplayName} ({name ?? "no operation id"}) is not in the role matrix: every route names who may call it (Actors.Api.Http.RoleMatrix).");
            }
            endpoint.Metadata.Add(access);
            switch (access.Caller)
            {
                case Caller.Anonymous or Caller.UpstreamOrStaff:
                    endpoint.Metadata.Add(new AllowAnonymousAttribute());
                    break;
                case Caller.Device:
                    endpoint.Metadata.Add(new AuthorizeAttribute(DeviceSignIn.DevicePolicy));
                    break;
                case Caller.StaffOrDevice:
                    endpoint.Metadata.Add(new AuthorizeAttribute(DeviceSignIn.StaffOrDevicePolicy));
                    break;
            }
        });
        return group;
    }

    /// <summary>The door of the route being called, or null outside the API.</summary>
    public static RouteAccess? Of(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<RouteAccess>();
}
