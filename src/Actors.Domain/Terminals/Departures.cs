namespace Actors.Domain.Terminals;

/// <summary>Departure transfers (brief §1: staff who leave hand their portfolio over).</summary>
public static class Departures
{
    /// <summary>
    /// Who files a leaver's departure: the leaver's team lead or institution head (of the leaver's own institution), or the
    /// management department (our default). Null when <paramref name="applicant"/> may.
    /// </summary>
    public static Refusal? MayFile(Approver applicant, string leaverInstitutionId) =>
        applicant.IsManagementDepartment || (applicant.InstitutionId == leaverInstitutionId && (applicant.IsTeamLead || applicant.IsInstitutionHead))
            ? null
            : Refusal.Forbidden("only the leaver's team lead or institution head, or the management department, files a departure transfer",
                "只有离职人员的团队长或机构负责人，或管理部门，可以提交离职移交");

    /// <summary>The receiver must be someone other than the leaver.</summary>
    public static Refusal? Receiver(string leaverId, string toStaffId) => toStaffId == leaverId
        ? Refusal.Invalid("toStaffId", "must be someone other than the leaver", "必须是离职人员以外的人")
        : null;
}
