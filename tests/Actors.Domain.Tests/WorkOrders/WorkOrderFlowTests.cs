using Actors.Domain;
using Actors.Domain.WorkOrders;
using static Actors.Domain.WorkOrders.WorkOrderStatus;
using static Actors.Domain.WorkOrders.WorkOrderStep;

namespace Actors.Domain.Tests.WorkOrders;

public class WorkOrderFlowTests
{
    private const string SubBranch = "SB-1";
    private const string Assignee = "M-1";
    private static readonly StepActor TeamLead = new("TL-1", SubBranch, IsTeamLead: true);
    private static readonly StepActor OtherTeamLead = new("TL-2", "SB-2", IsTeamLead: true);
    private static readonly StepActor Member = new(Assignee, SubBranch, IsTeamLead: false);
    private static readonly StepActor OtherMember = new("M-2", SubBranch, IsTeamLead: false);

    public static TheoryData<WorkOrderStep, WorkOrderStatus, string, RefusalKind?> Table => new()
    {
        // who may act
        { Assign, Issued, "teamLead", null },
        { Assign, Issued, "otherTeamLead", RefusalKind.Forbidden },   // a team lead of another sub-branch
        { Assign, Issued, "member", RefusalKind.Forbidden },          // not a team lead
        { Book, Assigned, "member", null },
        { Book, Assigned, "otherMember", RefusalKind.Forbidden },     // not the assignee
        { Book, Assigned, "teamLead", RefusalKind.Forbidden },        // the team lead does not book for the member
        { Visit, Booked, "member", null },
        { Visit, Booked, "otherMember", RefusalKind.Forbidden },
        { AttachFile, Booked, "member", null },
        { AttachFile, Visited, "member", null },
        { AttachFile, Visited, "otherMember", RefusalKind.Forbidden },
        // the order of the steps
        { Assign, Assigned, "teamLead", null },          // re-assign before booking
        { Assign, Booked, "teamLead", RefusalKind.Conflict },
        { Book, Issued, "member", RefusalKind.Forbidden },            // nobody is assigned yet
        { Book, Booked, "member", null },                // re-book before the visit
        { Book, Visited, "member", RefusalKind.Conflict },
        { Visit, Assigned, "member", RefusalKind.Conflict },       // not booked yet
        { Visit, Visited, "member", RefusalKind.Conflict },        // once
        { Visit, Completed, "member", RefusalKind.Conflict },
        { AttachFile, Assigned, "member", RefusalKind.Conflict },
        { AttachFile, Completed, "member", RefusalKind.Conflict },
        // the wrong person learns nothing of the state: 403 before 409
        { Visit, Completed, "otherMember", RefusalKind.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_step_only_by_the_role_it_names_and_in_order(WorkOrderStep step, WorkOrderStatus status, string who, RefusalKind? expected)
    {
        var actor = who switch
        {
            "teamLead" => TeamLead,
            "otherTeamLead" => OtherTeamLead,
            "member" => Member,
            _ => OtherMember,
        };
        var assignee = status == Issued ? null : Assignee;
        Assert.Equal(expected, WorkOrderFlow.Decide(step, status, actor, SubBranch, assignee)?.Kind);
    }

    [Theory]
    [InlineData(Assign, Issued, Assigned)]
    [InlineData(Book, Assigned, Booked)]
    [InlineData(Visit, Booked, Visited)]
    [InlineData(AttachFile, Booked, Booked)]
    public void Each_step_moves_the_status_one_place(WorkOrderStep step, WorkOrderStatus from, WorkOrderStatus to) =>
        Assert.Equal(to, WorkOrderFlow.After(step, from));

    [Theory]
    [InlineData(Visited, 1, true, true)]
    [InlineData(Visited, 0, true, false)]  // no photo of the premises
    [InlineData(Visited, 3, false, false)] // the client has not signed
    [InlineData(Booked, 1, true, false)]   // no work paper yet
    public void Completed_needs_the_paper_a_photo_and_the_signature(WorkOrderStatus status, int photos, bool signed, bool complete) =>
        Assert.Equal(complete, WorkOrderFlow.IsComplete(status, photos, signed));
}
