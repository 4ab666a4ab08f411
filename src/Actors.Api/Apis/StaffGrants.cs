using Actors.Api.Http;
using Actors.Contracts.Managers;
using Actors.Domain;

namespace Actors.Api.Apis;

/// <summary>
/// Who gives which role (brief §1): the management department registers staff and grants the working roles in its
/// institutions; the management and institution-head roles, which approve and administer, only the head office's
/// management department grants, changes or takes away; nobody changes their own roles. A branch's management
/// department therefore never makes anyone its equal or its superior.
/// </summary>
internal static class StaffGrants
{
    public const string GrantRule = "grant";
    public const string OwnRolesRule = "own-roles";

    /// <summary>Roles that administer or approve: granted, changed and removed by the head office's management department only.</summary>
    public static readonly IReadOnlyList<StaffRole> HeadOfficeGranted = [StaffRole.ManagementDepartment, StaffRole.InstitutionHead];

    /// <summary>Null when <paramref name="caller"/> may give <paramref name="staffId"/> (who holds <paramref name="held"/>) the roles <paramref name="granted"/>.</summary>
    public static Refusal? Refusal(SignedInStaff caller, bool callerAtHeadOffice, string staffId, IEnumerable<StaffRole> held, IEnumerable<StaffRole> granted)
    {
        if (caller.StaffId == staffId)
        {
            return Domain.Refusal.ForbiddenBy(OwnRolesRule, "nobody changes their own roles", "任何人不能更改自己的角色");
        }
        var privileged = held.Union(granted).Where(HeadOfficeGranted.Contains).ToList();
        return privileged.Count > 0 && !(callerAtHeadOffice && caller.Has(StaffRole.ManagementDepartment))
            ? Domain.Refusal.ForbiddenBy(GrantRule,
                $"the {RouteAccess.Describe(privileged, "en")} role is granted, changed or taken away by the head office's management department only",
                $"{RouteAccess.Describe(privileged, "zh")}角色只能由总行管理部门授予、变更或收回")
            : null;
    }

    /// <summary>
    /// Setting another's password signs in as them: for an administrator or approver (management, head) the head office's
    /// management department only; one's own password is changed with the current one, never reset.
    /// </summary>
    public static Refusal? PasswordResetRefusal(SignedInStaff caller, bool callerAtHeadOffice, ManagerSnapshot staff)
    {
        if (caller.StaffId == staff.ManagerId)
        {
            return Domain.Refusal.ForbiddenBy(GrantRule, "change your own password with your current one (POST /api/auth/password)",
                "请用当前密码修改本人密码（POST /api/auth/password）");
        }
        return Refusal(caller, callerAtHeadOffice, staff.ManagerId, staff.Roles, []) is not null
            ? Domain.Refusal.ForbiddenBy(GrantRule, "the password of a management department member or an institution head is set by the head office's management department only",
                "管理部门成员或机构负责人的密码只能由总行管理部门设置")
            : null;
    }
}
