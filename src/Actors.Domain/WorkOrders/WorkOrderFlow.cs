namespace Actors.Domain.WorkOrders;

/// <summary>Why a step is refused: the wrong person (403) or the wrong moment (409).</summary>
public enum StepRefusal { None, NotYours, OutOfOrder }

/// <param name="StaffId">The signed-in member of staff.</param>
/// <param name="IsTeamLead">Holds the team-lead role.</param>
public sealed record StepActor(string StaffId, string InstitutionId, bool IsTeamLead);

public sealed record StepDecision(StepRefusal Refusal, string Detail)
{
    public static readonly StepDecision Allowed = new(StepRefusal.None, "");
    public bool IsAllowed => Refusal == StepRefusal.None;
}

/// <summary>
/// Who may take which step, and when. Issued → Assigned (a team lead of the order's sub-branch) → Booked (the
/// assignee) → Visited (the assignee) → Completed (reached by itself once the visit is recorded and a photo and the
/// client's signature are attached). The person is checked before the moment, so a stranger learns nothing of the state.
/// </summary>
public static class WorkOrderFlow
{
    public static StepDecision Decide(WorkOrderStep step, WorkOrderStatus status, StepActor actor, string institutionId, string? assigneeId)
    {
        var who = step == WorkOrderStep.Assign
            ? actor.IsTeamLead && actor.InstitutionId == institutionId
                ? StepDecision.Allowed
                : new StepDecision(StepRefusal.NotYours, $"only a team lead of {institutionId} assigns its work orders")
            : assigneeId is not null && actor.StaffId == assigneeId
                ? StepDecision.Allowed
                : new StepDecision(StepRefusal.NotYours, assigneeId is null
                    ? "the work order is not assigned yet; only its assignee may do this"
                    : "only the member the work order is assigned to may do this");
        if (!who.IsAllowed)
        {
            return who;
        }
        var allowedFrom = AllowedFrom(step);
        return allowedFrom.Contains(status)
            ? StepDecision.Allowed
            : new StepDecision(StepRefusal.OutOfOrder, $"cannot {Verb(step)} a work order that is {status}; allowed when {string.Join(" or ", allowedFrom)}");
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

    private static string Verb(WorkOrderStep step) => step switch
    {
        WorkOrderStep.Assign => "assign",
        WorkOrderStep.Book => "book",
        WorkOrderStep.Visit => "record the visit of",
        _ => "attach files to",
    };
}
