using Actors.Api.Http;
using Actors.Contracts.Managers;
using Actors.Contracts.Worklist;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>Each member of staff's worklist (brief §1): visits, reminders, promises, inactive terminals, approvals, work orders.</summary>
public static class WorklistApi
{
    public static RouteGroupBuilder MapWorklistApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/worklist").WithTags("Worklist");
        api.MapGet("/", GetWorklist).WithName("GetWorklist")
            .WithSummary("The signed-in member of staff's worklist")
            .WithDescription("Visits due, repayment reminders, promises to follow up, inactive terminals, approvals and work orders; "
                + "team=true: every member's of their institution (team lead, institution head).");
        return api;
    }

    public static async Task<Results<Ok<WorklistView>, Refused>> GetWorklist([AsParameters] GridServices services, bool? team)
    {
        var staff = services.Caller;
        if (team == true && !staff.Has(StaffRole.TeamLead) && !staff.Has(StaffRole.InstitutionHead))
        {
            return StaffProblems.Forbidden("only a team lead or the institution head sees the team's worklist", "只有团队长或机构负责人可以查看团队的工作清单");
        }
        return OutcomeResults.OkOr(await services.Grain<IWorklistGrain>(staff.StaffId).Build(team == true), () => StaffProblems.NotFound(Thing.Staff, staff.StaffId));
    }
}
