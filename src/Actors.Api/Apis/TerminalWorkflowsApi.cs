using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Domain.Terminals;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

/// <summary>
/// Terminal workflows (brief §2): ordinary and departure transfers through the six-step chain, activation claims, the
/// approvals inbox, each terminal's audit and the month-end inactive lists. The actor is always the signed-in user.
/// </summary>
public static class TerminalWorkflowsApi
{
    public static RouteGroupBuilder MapTerminalWorkflowsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Terminal workflows");

        api.MapPost("/terminals/{id}/transfers", (string id, HttpContext http, IGrainFactory grains) => Signed(http, actor =>
            WriteEndpoint.Handle<FileTransferRequest>(http.Request,
                async (r, errors) =>
                {
                    errors.Required("toStaffId", r.ToStaffId);
                    errors.Required("reason", r.Reason, 1000);
                    await errors.Manager(grains, "toStaffId", r.ToStaffId);
                },
                async r => (await grains.GetGrain<ITransferGrain>(NewId("TR")).File(id, TransferKind.Ordinary, r.ToStaffId!, r.Reason!, actor))
                    .ToHttp("toStaffId", created: true))))
            .InScope("id", "terminal", TerminalsAndLoansApi.InstitutionOfTerminal)
            .Accepts<FileTransferRequest>("application/json").Produces<TransferView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("File an ordinary transfer of the terminal to another member of staff (step 1, by the caller).");

        api.MapPost("/staff/{staffId}/departure-transfers", (string staffId, HttpContext http, IGrainFactory grains) => Signed(http, actor =>
            WriteEndpoint.Handle<FileTransferRequest>(http.Request,
                async (r, errors) =>
                {
                    errors.Required("toStaffId", r.ToStaffId);
                    errors.Required("reason", r.Reason, 1000);
                    await errors.Manager(grains, "toStaffId", r.ToStaffId);
                    if (r.ToStaffId == staffId)
                    {
                        errors.Add("toStaffId", "must be someone other than the leaver");
                    }
                },
                r => FileDeparture(grains, staffId, r.ToStaffId!, r.Reason!, actor))))
            .InScope("staffId", "staff", async (grains, id) => (await grains.GetGrain<IManagerGrain>(id).GetSnapshot())?.InstitutionId)
            .Accepts<FileTransferRequest>("application/json").ProducesValidationProblem()
            .WithSummary("A leaver's whole portfolio of terminals to one receiver: one departure transfer per terminal, each through the six steps.");

        api.MapPost("/transfers/{transferId}/confirm", (string transferId, HttpContext http, IGrainFactory grains) => Signed(http, actor =>
            WriteEndpoint.Handle<ConfirmStepRequest>(http.Request,
                (r, errors) => { errors.Optional("note", r.Note, 1000); return Task.CompletedTask; },
                async r => (await grains.GetGrain<ITransferGrain>(transferId).Confirm(actor, r.Note)).ToHttp("note"))))
            .InScopeOfTransfer()
            .Accepts<ConfirmStepRequest>("application/json").Produces<TransferView>().ProducesValidationProblem()
            .WithSummary("Confirm the step the transfer is waiting for: 403 when it is not the caller's step, 409 when out of order or closed.");

        api.MapPost("/transfers/{transferId}/reject", (string transferId, HttpContext http, IGrainFactory grains) => Signed(http, actor =>
            WriteEndpoint.Handle<RejectStepRequest>(http.Request,
                (r, errors) => { errors.Required("reason", r.Reason, 1000); return Task.CompletedTask; },
                async r => (await grains.GetGrain<ITransferGrain>(transferId).Reject(actor, r.Reason!)).ToHttp("reason"))))
            .InScopeOfTransfer()
            .Accepts<RejectStepRequest>("application/json").Produces<TransferView>().ProducesValidationProblem()
            .WithSummary("Reject at the waiting step, with a reason; a rejected transfer changes nothing.");

        api.MapPost("/transfers/{transferId}/withdraw", (string transferId, HttpContext http, IGrainFactory grains) => Signed(http, async actor =>
            (await grains.GetGrain<ITransferGrain>(transferId).Withdraw(actor)).ToHttp("body")))
            .InScopeOfTransfer()
            .Produces<TransferView>()
            .WithSummary("Withdraw (the applicant only, at any open step); a withdrawn transfer changes nothing.");

        api.MapGet("/transfers/{transferId}", (string transferId, HttpContext http, IGrainFactory grains) => Signed(http, async _ =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<ITransferGrain>(transferId).GetView(), $"transfer {transferId}")))
            .InScopeOfTransfer()
            .Produces<TransferView>();

        api.MapGet("/approvals", (HttpContext http, IGrainFactory grains, InstitutionScope scope) => Signed(http, async actor =>
            (IResult)TypedResults.Ok(new ApprovalsView(await Approvals(grains, scope, actor)))))
            .Produces<ApprovalsView>()
            .WithSummary("Transfers and claims waiting for a step the caller may take.");

        api.MapGet("/terminals/{id}/audit", (string id, HttpContext http, IGrainFactory grains) => Signed(http, async _ =>
            await grains.GetGrain<ITerminalGrain>(id).GetSnapshot() is null
                ? RegistrationResults.OkOrNotFound<TerminalAudit>(null, $"terminal {id}")
                : TypedResults.Ok(await grains.GetGrain<ITerminalAuditGrain>(id).Get())))
            .InScope("id", "terminal", TerminalsAndLoansApi.InstitutionOfTerminal)
            .Produces<TerminalAudit>()
            .WithSummary("Who did what to the terminal's ownership, when, in which role and from which address; oldest first.");

        api.MapPost("/terminals/{id}/activation-claims", (string id, HttpContext http, IGrainFactory grains) => Signed(http, async actor =>
        {
            var claim = grains.GetGrain<ITransferGrain>(NewId("AC"));
            var result = await claim.FileClaim(id, actor);
            return result.View is null ? result.ToHttp("body") : TypedResults.Created($"/api/transfers/{result.View.TransferId}", await claim.GetClaim());
        }))
            .InScope("id", "terminal", TerminalsAndLoansApi.InstitutionOfTerminal)
            .Produces<ActivationClaimView>(StatusCodes.Status201Created)
            .WithSummary("Claim a re-activated terminal that was on the previous month-end inactive list.");

        api.MapPost("/activation-claims/batches", (HttpContext http, IGrainFactory grains) => Signed(http, actor =>
            WriteEndpoint.Handle<BatchClaimsRequest>(http.Request,
                (r, errors) =>
                {
                    if (r.ClaimIds is not { Count: > 0 } ids || ids.Any(string.IsNullOrWhiteSpace))
                    {
                        errors.Add("claimIds", "must list at least one claim id, none blank");
                    }
                    return Task.CompletedTask;
                },
                r => Batch(grains, r.ClaimIds!.Distinct().ToList(), actor))))
            .Accepts<BatchClaimsRequest>("application/json").ProducesValidationProblem()
            .WithSummary("A team lead submits claims of their institution, on the 1st or 15th business date only; all or none.");

        api.MapGet("/institutions/{id}/inactive-terminals", (string id, string? month, HttpContext http, IGrainFactory grains) => Signed(http, async _ =>
            await InactiveList(grains, id, month) is var (list, problem) && problem is not null ? problem : TypedResults.Ok(list)))
            .InScopeOfInstitution("id")
            .Produces<InactiveTerminalList>()
            .WithSummary("An institution's month-end inactive list (month = YYYY-MM), generated by itself at 00:00 on the 1st.");

        api.MapGet("/institutions/{id}/inactive-terminals.csv", (string id, string? month, HttpContext http, IGrainFactory grains) => Signed(http, async _ =>
            await InactiveList(grains, id, month) is var (list, problem) && problem is not null
                ? problem
                : Csv.File(InactiveListCsv.Write(list!), $"inactive-terminals-{id}-{month}.csv")))
            .InScopeOfInstitution("id")
            .WithSummary("The same list as CSV.");
        return api;
    }

    public sealed record ApprovalsView(IReadOnlyList<TransferView> Items);

    public sealed record DepartureView(IReadOnlyList<TransferView> Items, IReadOnlyList<DepartureSkip> Skipped);

    public sealed record DepartureSkip(string TerminalId, string Reason);

    public sealed record BatchView(IReadOnlyList<ActivationClaimView> Items);

    /// <summary>Every workflow call needs a signed-in user; an anonymous caller gets 401 before the body is read.</summary>
    private static async Task<IResult> Signed(HttpContext http, Func<StaffActor, Task<IResult>> act) =>
        http.Staff() is { } s
            ? await act(new StaffActor(s.StaffId, s.Name, s.InstitutionId, s.Roles, s.Address))
            : StaffProblems.NotSignedIn();

    /// <summary>
    /// A transfer is in scope for staff covering its outgoing or its incoming institution: both sides take steps.
    /// Outside: 404 for a read, 403 for a change; an unknown transfer is left to the endpoint's own answer.
    /// </summary>
    private static RouteHandlerBuilder InScopeOfTransfer(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Staff() is not { } staff)
            {
                return StaffProblems.NotSignedIn();
            }
            if (http.GetRouteValue("transferId") is string id
                && await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<ITransferGrain>(id).GetView() is { } view)
            {
                var scope = http.RequestServices.GetRequiredService<InstitutionScope>();
                if (!await scope.Covers(staff, view.FromInstitutionId) && !await scope.Covers(staff, view.ToInstitutionId))
                {
                    return Scoped.OutOfScope(http, $"transfer {id}");
                }
            }
            return await next(context);
        });

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private static void Optional(this Problems errors, string field, string? value, int maxLength)
    {
        if (value is { Length: var length } && length > maxLength)
        {
            errors.Add(field, $"must be at most {maxLength} characters");
        }
    }

    internal static IResult ToHttp(this TransferResult result, string field, bool created = false) => result.Refusal switch
    {
        TransferRefusal.None when created => TypedResults.Created($"/api/transfers/{result.View!.TransferId}", result.View),
        TransferRefusal.None => TypedResults.Ok(result.View),
        TransferRefusal.Forbidden => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Not your step"),
        TransferRefusal.Conflict => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
        TransferRefusal.NotFound => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        _ => Problems.Field(field, result.Detail ?? "is not valid"),
    };

    private static async Task<IResult> FileDeparture(IGrainFactory grains, string leaverId, string toStaffId, string reason, StaffActor actor)
    {
        if (await grains.GetGrain<IManagerGrain>(leaverId).GetSnapshot() is not { } leaver)
        {
            return TypedResults.Problem($"staff {leaverId} is not registered", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
        // Our default: the leaver's team lead or institution head, or the management department, files a departure.
        var mayFile = actor.Has(StaffRole.ManagementDepartment)
            || (actor.InstitutionId == leaver.InstitutionId && (actor.Has(StaffRole.TeamLead) || actor.Has(StaffRole.InstitutionHead)));
        if (!mayFile)
        {
            return TypedResults.Problem("only the leaver's team lead or institution head, or the management department, files a departure transfer",
                statusCode: StatusCodes.Status403Forbidden, title: "Not your step");
        }
        // The portfolio the terminals keep, and the leaver's institution's terminals for any registered before it was kept.
        var institution = await grains.GetGrain<IInstitutionGrain>(leaver.InstitutionId).GetSnapshot();
        var portfolio = await grains.GetGrain<ITerminalPortfolioGrain>(leaverId).List();
        var items = new List<TransferView>();
        var skipped = new List<DepartureSkip>();
        foreach (var terminalId in portfolio.Union(institution?.Terminals ?? []).Order(StringComparer.Ordinal))
        {
            if (await grains.GetGrain<ITerminalGrain>(terminalId).GetSnapshot() is not { } terminal || terminal.MaintainerId != leaverId)
            {
                continue;
            }
            var result = await grains.GetGrain<ITransferGrain>(NewId("TR")).File(terminalId, TransferKind.Departure, toStaffId, reason, actor);
            if (result.View is { } view)
            {
                items.Add(view);
            }
            else
            {
                skipped.Add(new(terminalId, result.Detail ?? result.Refusal.ToString()));
            }
        }
        return TypedResults.Created($"/api/staff/{leaverId}/departure-transfers", new DepartureView(items, skipped));
    }

    internal static async Task<IReadOnlyList<TransferView>> Approvals(IGrainFactory grains, InstitutionScope scope, StaffActor actor)
    {
        var queues = ApprovalQueues.Of(actor.StaffId, actor.InstitutionId, [.. actor.Roles]);
        var approver = new Approver(actor.StaffId, actor.InstitutionId, actor.Has(StaffRole.TeamLead), actor.Has(StaffRole.InstitutionHead), actor.Has(StaffRole.ManagementDepartment));
        var items = new List<TransferView>();
        foreach (var id in (await Task.WhenAll(queues.Select(q => grains.GetGrain<IApprovalQueueGrain>(q).List()))).SelectMany(ids => ids).Distinct())
        {
            // The queue may lag the transfer by a step: show only what the caller may really take now.
            if (await grains.GetGrain<ITransferGrain>(id).GetView() is { NextStep: { } step } view
                && TransferChain.MayTake(step, new(view.Kind, view.TerminalId, "", view.FromStaffId, view.ToStaffId, view.FromInstitutionId, view.ToInstitutionId), approver)
                && (await scope.Covers(actor.InstitutionId, view.FromInstitutionId) || await scope.Covers(actor.InstitutionId, view.ToInstitutionId)))
            {
                items.Add(view);
            }
        }
        return items;
    }

    private static async Task<IResult> Batch(IGrainFactory grains, List<string> claimIds, StaffActor actor)
    {
        if (!actor.Has(StaffRole.TeamLead))
        {
            return TypedResults.Problem("only a team lead batches activation claims", statusCode: StatusCodes.Status403Forbidden, title: "Not your step");
        }
        // All or none: check every claim before confirming any.
        foreach (var id in claimIds)
        {
            var claim = await grains.GetGrain<ITransferGrain>(id).GetClaim();
            if (claim is null)
            {
                return Problems.Field("claimIds", $"claim {id} does not exist");
            }
            if (claim.InstitutionId != actor.InstitutionId)
            {
                return TypedResults.Problem($"claim {id} belongs to institution {claim.InstitutionId}", statusCode: StatusCodes.Status403Forbidden, title: "Not your step");
            }
            if (claim.NextStep != StepName.Batched)
            {
                return TypedResults.Problem($"claim {id} is {claim.Status}, not waiting to be batched", statusCode: StatusCodes.Status409Conflict, title: "Not possible now");
            }
        }
        var items = new List<ActivationClaimView>();
        foreach (var id in claimIds)
        {
            var grain = grains.GetGrain<ITransferGrain>(id);
            var result = await grain.Confirm(actor, "batched");
            if (result.View is null)
            {
                return result.ToHttp("claimIds");
            }
            items.Add((await grain.GetClaim())!);
        }
        return TypedResults.Ok(new BatchView(items));
    }

    private static async Task<(InactiveTerminalList? List, IResult? Problem)> InactiveList(IGrainFactory grains, string institutionId, string? month)
    {
        if (!MonthParameter.TryParse(month, out _))
        {
            return (null, Problems.Field("month", "is required, as YYYY-MM"));
        }
        if (!await grains.GetGrain<IInstitutionGrain>(institutionId).Exists())
        {
            return (null, RegistrationResults.OkOrNotFound<InactiveTerminalList>(null, $"institution {institutionId}"));
        }
        var lists = grains.GetGrain<IInactiveTerminalsGrain>(institutionId);
        await lists.Start();
        return await lists.Get(month) is { } list
            ? (list, null)
            : (null, TypedResults.Problem($"no inactive list for {month} yet: lists are made at 00:00 on the 1st for the month just ended",
                statusCode: StatusCodes.Status404NotFound, title: "Not found"));
    }
}
