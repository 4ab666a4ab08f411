using Actors.Api.Http;
using Actors.Contracts.Managers;
using Actors.Contracts.Worklist;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

public static class WorklistApi
{
    public static RouteHandlerBuilder MapWorklistApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/worklist", async (HttpContext http, IGrainFactory grains, bool? team) =>
        {
            if (http.Staff() is not { } staff)
            {
                return StaffProblems.NotSignedIn();
            }
            if (team == true && !staff.Has(StaffRole.TeamLead) && !staff.Has(StaffRole.InstitutionHead))
            {
                return StaffProblems.Forbidden("only a team lead or the institution head sees the team's worklist");
            }
            var view = await grains.GetGrain<IWorklistGrain>(staff.StaffId).Build(team == true)
                ?? new WorklistView(staff.StaffId, DateTimeOffset.UtcNow, [], [], [], [], [], [], []);
            if (http.RequestServices.GetService<IApprovalsSource>() is { } approvals)
            {
                view = view with { Approvals = await approvals.WaitingFor(staff, http.RequestAborted) };
            }
            return TypedResults.Ok(view);
        })
        .WithTags("Worklist")
        .WithSummary("The signed-in staff member's worklist; team=true: every member's of their institution (team lead, institution head).");
}
