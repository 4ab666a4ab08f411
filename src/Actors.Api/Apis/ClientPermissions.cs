using Actors.Api.Http;
using Actors.Contracts.Clients;
using Actors.Contracts.Managers;

namespace Actors.Api.Apis;

/// <summary>Who may do what to a client (brief §1, §3).</summary>
internal static class ClientPermissions
{
    /// <summary>Allocation ("分田到户") is the team lead's or the institution head's, in the client's own institution.</summary>
    public static bool MayAllocate(SignedInStaff staff, ClientSnapshot client) =>
        staff.InstitutionId == client.InstitutionId && (staff.Has(StaffRole.TeamLead) || staff.Has(StaffRole.InstitutionHead));

    /// <summary>The client's own manager logs its visits; a team lead of its institution may log one for the team.</summary>
    public static bool MayLogVisit(SignedInStaff staff, ClientSnapshot client) =>
        client.ManagerId == staff.StaffId || (staff.InstitutionId == client.InstitutionId && staff.Has(StaffRole.TeamLead));
}
