using Actors.Api.Http;
using Actors.Contracts;
using Actors.Contracts.Managers;
using Actors.Contracts.WorkOrders;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// After-sales visit work orders (brief §3): the sub-branch's month, one order, the steps of the team lead and the
/// assignee, the retail risk department's list and the 1st/15th progress reports. Photos and signatures are in
/// <see cref="WorkOrderFilesApi"/>. Who acts is always the signed-in user.
/// </summary>
public static class WorkOrdersApi
{
    public static IEndpointRouteBuilder MapWorkOrdersApi(this IEndpointRouteBuilder app)
    {
        var institutions = app.MapGroup("/api/institutions/{id}/work-orders").WithTags("Work orders").InScopeOfInstitution("id");
        institutions.MapGet("/", ListWorkOrders).WithName("ListWorkOrders")
            .WithSummary("The sub-branch's work orders of a month")
            .WithDescription("Every after-sales visit work order issued to the institution for the month, with its status and assignee.");
        institutions.MapGet("/progress", GetWorkOrderProgress).WithName("GetWorkOrderProgress")
            .WithSummary("A 1st or 15th progress report")
            .WithDescription("Issued, assigned, booked, visited and completed per sub-branch and member, as reported on the 1st and 15th.");

        var orders = app.MapGroup("/api/work-orders/{id}").WithTags("Work orders");
        orders.MapGet("/", GetWorkOrder).WithName("GetWorkOrder")
            .WithSummary("One work order")
            .WithDescription("The order, its focus flag, status, work paper, photos and history.");
        orders.MapPost("/assign", AssignWorkOrder).WithName("AssignWorkOrder")
            .WithSummary("Assign a work order")
            .WithDescription("A team lead of the order's sub-branch assigns it to a member of the same institution (again, until the visit is booked).");
        orders.MapPost("/book", BookWorkOrder).WithName("BookWorkOrder")
            .WithSummary("Book the visit")
            .WithDescription("The assignee records the visit booked by phone with the client.");
        orders.MapPost("/visit", RecordWorkOrderVisit).WithName("RecordWorkOrderVisit")
            .WithSummary("File the work paper")
            .WithDescription("The assignee files the visit's work paper; risk signals reach the retail risk department's list at once, with a risk report.");

        app.MapGroup("/api/risk-list").WithTags("Work orders").MapGet("/", GetRiskList).WithName("GetRiskList")
            .WithSummary("The retail risk department's list")
            .WithDescription("Risk signals escalated from visits, newest first; for risk officers and the management department, in their institutions.");
        return app;
    }

    public static async Task<Results<Ok<WorkOrderMonth>, Refused>> ListWorkOrders([AsParameters] GridServices services, [AsParameters] MonthQuery query) =>
        TypedResults.Ok(await services.Grain<IWorkOrderBookGrain>(query.Id).List(MonthParameter.Parse(query.Month!)));

    public static async Task<Results<Ok<ProgressReport>, Refused>> GetWorkOrderProgress([AsParameters] GridServices services, [AsParameters] ProgressQuery query)
    {
        var day = DateOnly.ParseExact(query.Date!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return OutcomeResults.OkOr(await services.Grain<IWorkOrderBookGrain>(query.Id).GetProgress(day),
            () => new Refused(Refusal.NotFound($"no progress report of {query.Id} for {query.Date}", $"{query.Id} 没有 {query.Date} 的进度报告")));
    }

    public static async Task<Results<Ok<WorkOrderView>, Refused>> GetWorkOrder([AsParameters] GridServices services, string id) =>
        OutcomeResults.OkOr(await Readable(services, id), () => StaffProblems.NotFound(Thing.WorkOrder, id));

    public static Task<Results<Ok<WorkOrderView>, Refused>> AssignWorkOrder([AsParameters] GridServices services, string id, AssignWorkOrderRequest request) =>
        Step(services, id, (order, actor) => order.Assign(actor, request.MemberId!));

    public static Task<Results<Ok<WorkOrderView>, Refused>> BookWorkOrder([AsParameters] GridServices services, string id, BookWorkOrderRequest request) =>
        Step(services, id, (order, actor) => order.Book(actor, request.BookedFor!.Value));

    public static Task<Results<Ok<WorkOrderView>, Refused>> RecordWorkOrderVisit([AsParameters] GridServices services, string id, VisitWorkOrderRequest request) =>
        Step(services, id, (order, actor) => order.RecordVisit(actor, request.Paper!, request.RiskSignals ?? []));

    public static async Task<Results<Ok<RiskListView>, Refused>> GetRiskList([AsParameters] GridServices services)
    {
        var reports = await services.Grain<IRiskListGrain>(IRiskListGrain.Key).List();
        var visible = new List<RiskReport>();
        foreach (var report in reports)
        {
            if (await services.Covers(report.InstitutionId))
            {
                visible.Add(report);
            }
        }
        return TypedResults.Ok(new RiskListView(visible));
    }

    private static async Task<Results<Ok<WorkOrderView>, Refused>> Step(
        GridServices services, string id, Func<IWorkOrderGrain, WorkOrderActor, Task<Outcome<WorkOrderView>>> act)
    {
        var order = services.Grain<IWorkOrderGrain>(id);
        return await Writable(services, order) is { } refused ? refused : (await act(order, Actor(services.Caller))).ToOk();
    }

    internal static WorkOrderActor Actor(SignedInStaff staff) => new(staff.StaffId, staff.InstitutionId, staff.Roles);

    /// <summary>The order, when it exists and is in the caller's institutions (else the caller reads 404).</summary>
    internal static async Task<WorkOrderView?> Readable(GridServices services, string id) =>
        await services.Grain<IWorkOrderGrain>(id).GetView() is { } view && await services.Covers(view.InstitutionId) ? view : null;

    /// <summary>404 for an order that does not exist, 403 for one outside the caller's institutions.</summary>
    internal static async Task<Refused?> Writable(GridServices services, IWorkOrderGrain order) =>
        await order.GetView() is not { } view ? StaffProblems.NotFound(Thing.WorkOrder, order.GetPrimaryKeyString())
        : await services.Covers(view.InstitutionId) ? null
        : StaffProblems.OutsideInstitution(Thing.WorkOrder, view.WorkOrderId);
}
