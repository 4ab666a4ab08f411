namespace Actors.Contracts.Terminals;

/// <summary>
/// The transfers waiting for one kind of approver, so an approvals inbox is one read, not a scan. Keys from
/// <see cref="ApprovalQueues"/>. Entries may be stale; readers check the transfer's next step.
/// </summary>
public interface IApprovalQueueGrain : IGrainWithStringKey
{
    Task Add(string transferId);
    Task Remove(string transferId);
    Task<IReadOnlyList<string>> List();
}

public static class ApprovalQueues
{
    public static string Staff(string staffId) => $"staff:{staffId}";
    public static string Head(string institutionId) => $"head:{institutionId}";
    public static string TeamLead(string institutionId) => $"teamlead:{institutionId}";
    public const string Management = "management";

    /// <summary>Every queue a member of staff with these roles reads (for the approvals inbox and the worklist).</summary>
    public static IReadOnlyList<string> Of(string staffId, string institutionId, IReadOnlyCollection<Managers.StaffRole> roles)
    {
        var queues = new List<string> { Staff(staffId) };
        if (roles.Contains(Managers.StaffRole.InstitutionHead))
        {
            queues.Add(Head(institutionId));
        }
        if (roles.Contains(Managers.StaffRole.TeamLead))
        {
            queues.Add(TeamLead(institutionId));
        }
        if (roles.Contains(Managers.StaffRole.ManagementDepartment))
        {
            queues.Add(Management);
        }
        return queues;
    }
}
