using Actors.Api.Http;
using Actors.Contracts.Managers;

namespace Actors.Api.Apis;

/// <summary>Who may do what in collections (brief §5): collectors work the loans, their leads and heads give them out.</summary>
internal static class CollectionsPermissions
{
    /// <summary>A collector reads their own worklist; a team lead or institution head reads any collector's in their scope.</summary>
    public static bool MayReadWorklist(SignedInStaff staff, string collectorId) =>
        staff.StaffId == collectorId || staff.Has(StaffRole.TeamLead) || staff.Has(StaffRole.InstitutionHead);

    public const string WorkLoansRoles = "collector or team lead";
    public const string AssignRoles = "team lead, institution head or management department";
}
