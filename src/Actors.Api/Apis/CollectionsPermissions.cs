using Actors.Api.Http;
using Actors.Contracts.Managers;

namespace Actors.Api.Apis;

/// <summary>Who may do what in collections (brief §5): collectors work the loans, their leads and heads give them out.</summary>
internal static class CollectionsPermissions
{
    /// <summary>Calls and promises are the collectors' work; a team lead may take a call for the team ("whoever reminded collects").</summary>
    public static bool MayWorkLoans(SignedInStaff staff) => staff.Has(StaffRole.Collector) || staff.Has(StaffRole.TeamLead);

    /// <summary>Giving a loan to a collector (or to a different one, brief §5's hand-over) is a supervisor's decision.</summary>
    public static bool MayAssignCollector(SignedInStaff staff) =>
        staff.Has(StaffRole.TeamLead) || staff.Has(StaffRole.InstitutionHead) || staff.Has(StaffRole.ManagementDepartment);

    /// <summary>A collector reads their own worklist; a team lead or institution head reads any collector's in their scope.</summary>
    public static bool MayReadWorklist(SignedInStaff staff, string collectorId) =>
        staff.StaffId == collectorId || staff.Has(StaffRole.TeamLead) || staff.Has(StaffRole.InstitutionHead);

    public const string WorkLoansRoles = "collector or team lead";
    public const string AssignRoles = "team lead, institution head or management department";
}
