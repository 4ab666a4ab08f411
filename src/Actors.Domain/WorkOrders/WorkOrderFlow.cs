namespace Actors.Domain.WorkOrders;

/// <param name="StaffId">The signed-in member of staff.</param>
/// <param name="IsTeamLead">Holds the team-lead role.</param>
public sealed record StepActor(string StaffId, string InstitutionId, bool IsTeamLead);

/// <summary>
/// Who may take which step, and when. Issued → Assigned (a team lead of the order's sub-branch) → Booked (the
/// assignee) → Visited (the assignee) → Completed (reached by itself once the visit is recorded and a photo and the
/// client's signature are attached). The person is checked before the moment, so a stranger learns nothing of the state.
/// </summary>
public static class WorkOrderFlow
{
    /// <summary>Null when the actor may take the step now; else Forbidden (the wrong person) or Conflict (the wrong moment).</summary>
    public static Refusal? Decide(WorkOrderStep step, WorkOrderStatus status, StepActor actor, string institutionId, string? assigneeId)
    {
        var who = step == WorkOrderStep.Assign
            ? actor.IsTeamLead && actor.InstitutionId == institutionId
                ? null
                : Refusal.Forbidden($"only a team lead of {institutionId} assigns its work orders", $"只有 {institutionId} 的团队长可以分派其工单")
            : assigneeId is not null && actor.StaffId == assigneeId
                ? null
                : assigneeId is null
                    ? Refusal.Forbidden("the work order is not assigned yet; only its assignee may do this", "工单尚未分派；只有被分派人可以办理")
                    : Refusal.Forbidden("only the member the work order is assigned to may do this", "只有工单的被分派人可以办理");
        if (who is not null)
        {
            return who;
        }
        var allowedFrom = AllowedFrom(step);
        return allowedFrom.Contains(status)
            ? null
            : Refusal.Conflict($"cannot {Verb(step)} a work order that is {status}; allowed when {string.Join(" or ", allowedFrom)}",
                $"工单处于“{InChinese(status)}”，不能{VerbInChinese(step)}；只能在“{string.Join("”或“", allowedFrom.Select(InChinese))}”时办理");
    }

    /// <summary>
    /// Re-assigning is allowed until the visit is booked and re-booking until the visit happens (our default: plans
    /// change); files come from the visit, so they are attached once it is booked, until the order is completed.
    /// </summary>
    public static IReadOnlyList<WorkOrderStatus> AllowedFrom(WorkOrderStep step) => step switch
    {
        WorkOrderStep.Assign => [WorkOrderStatus.Issued, WorkOrderStatus.Assigned],
        WorkOrderStep.Book => [WorkOrderStatus.Assigned, WorkOrderStatus.Booked],
        WorkOrderStep.Visit => [WorkOrderStatus.Booked],
        WorkOrderStep.AttachFile => [WorkOrderStatus.Booked, WorkOrderStatus.Visited],
        _ => [],
    };

    /// <summary>The status a step leads to (attaching a file leaves it where it is).</summary>
    public static WorkOrderStatus After(WorkOrderStep step, WorkOrderStatus status) => step switch
    {
        WorkOrderStep.Assign => WorkOrderStatus.Assigned,
        WorkOrderStep.Book => WorkOrderStatus.Booked,
        WorkOrderStep.Visit => WorkOrderStatus.Visited,
        _ => status,
    };

    /// <summary>Completed once the work paper is in (Visited) and the premises photographed and the client signed.</summary>
    public static bool IsComplete(WorkOrderStatus status, int photos, bool signed) =>
        status == WorkOrderStatus.Visited && photos > 0 && signed;

    /// <summary>Every status reached so far counts (a visited order was also issued, assigned and booked).</summary>
    public static bool HasReached(WorkOrderStatus status, WorkOrderStatus milestone) => status >= milestone;

    public static string InChinese(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.Issued => "已下发",
        WorkOrderStatus.Assigned => "已分派",
        WorkOrderStatus.Booked => "已预约",
        WorkOrderStatus.Visited => "已走访",
        _ => "已完成",
    };

    private static string VerbInChinese(WorkOrderStep step) => step switch
    {
        WorkOrderStep.Assign => "分派",
        WorkOrderStep.Book => "预约",
        WorkOrderStep.Visit => "登记走访",
        _ => "上传文件",
    };

    private static string Verb(WorkOrderStep step) => step switch
    {
        WorkOrderStep.Assign => "assign",
        WorkOrderStep.Book => "book",
        WorkOrderStep.Visit => "record the visit of",
        _ => "attach files to",
    };
}
