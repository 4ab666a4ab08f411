using Actors.Api.Http;
using Actors.Contracts;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Domain;
using Actors.Domain.Terminals;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

/// <summary>
/// Terminal ownership transfers (brief §2): ordinary and departure transfers through the six-step chain, the approvals
/// inbox and each terminal's audit. The actor is always the signed-in user.
/// </summary>
public static class TransfersApi
{
    public static RouteGroupBuilder MapTransfersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Terminal workflows");
        api.MapPost("/terminals/{id}/transfers", FileTransfer).WithName("FileTransfer")
            .InScope("id", Thing.Terminal, TerminalsAndLoansApi.InstitutionOfTerminal)
            .WithSummary("File an ordinary transfer of a terminal")
            .WithDescription("Step 1 by the caller: the terminal to another member of staff. It then waits for the maintainer, both institution heads, "
                + "the management department's opinion and the register change, strictly in order.");
        api.MapPost("/staff/{staffId}/departure-transfers", FileDeparture).WithName("FileDepartureTransfers")
            .InScope("staffId", Thing.Staff, async (grains, id) => (await grains.GetGrain<IManagerGrain>(id).GetSnapshot())?.InstitutionId)
            .WithSummary("Hand a leaver's terminals over")
            .WithDescription("A leaver's whole portfolio of terminals to one receiver: one departure transfer per terminal, each through the six steps; "
                + "a terminal that cannot be handed over now is listed with why. Filed by the leaver's team lead or institution head, or the management department.");
        api.MapGet("/transfers/{transferId}", GetTransfer).WithName("GetTransfer").InScopeOfTransfer()
            .WithSummary("One transfer or claim")
            .WithDescription("Its steps so far (who, when, what) and the step it waits for.");
        api.MapPost("/transfers/{transferId}/confirm", ConfirmStep).WithName("ConfirmTransferStep").InScopeOfTransfer()
            .WithSummary("Confirm the waiting step")
            .WithDescription("403 when it is not the caller's step, 409 when out of order or closed.");
        api.MapPost("/transfers/{transferId}/reject", RejectStep).WithName("RejectTransferStep").InScopeOfTransfer()
            .WithSummary("Reject at the waiting step")
            .WithDescription("With a reason; a rejected transfer changes nothing.");
        api.MapPost("/transfers/{transferId}/withdraw", Withdraw).WithName("WithdrawTransfer").InScopeOfTransfer()
            .WithSummary("Withdraw a transfer")
            .WithDescription("The applicant only, at any open step; a withdrawn transfer changes nothing.");
        api.MapGet("/approvals", GetApprovals).WithName("GetApprovals")
            .WithSummary("The caller's approvals inbox")
            .WithDescription("Transfers and claims waiting for a step the caller may take now.");
        api.MapGet("/terminals/{id}/audit", GetTerminalAudit).WithName("GetTerminalAudit")
            .InScope("id", Thing.Terminal, TerminalsAndLoansApi.InstitutionOfTerminal)
            .WithSummary("A terminal's ownership audit")
            .WithDescription("Who did what to the terminal's ownership, when, in which role and from which address; oldest first.");
        return api;
    }

    public static async Task<Results<Created<TransferView>, Refused>> FileTransfer([AsParameters] GridServices services, string id, FileTransferRequest request) =>
        await services.AnyStaff("toStaffId", request.ToStaffId) is { } unknown ? new Refused(unknown)
        : (await services.Grain<ITransferGrain>(TransferIds.New("TR")).File(id, TransferKind.Ordinary, request.ToStaffId!, request.Reason!, services.Caller.ToActor()))
            .ToCreated(t => Locations.Of("transfers", t.TransferId));

    public static async Task<Results<Created<DepartureView>, Refused>> FileDeparture([AsParameters] GridServices services, string staffId, FileTransferRequest request)
    {
        var departure = await services.Grain<ITerminalPortfolioGrain>(staffId).HandOver(request.ToStaffId!, request.Reason!, services.Caller.ToActor());
        if (departure.IsRefused)
        {
            return new Refused(departure.Refusals);
        }
        var language = UserLanguage.Of(services.Http);
        return TypedResults.Created(Locations.Of("staff", staffId, "departure-transfers"), new DepartureView(
            departure.Value!.Filed, [.. departure.Value.LeftOut.Select(l => new DepartureSkip(l.TerminalId, l.Reason.Detail.In(language)))]));
    }

    public static async Task<Results<Ok<TransferView>, Refused>> GetTransfer([AsParameters] GridServices services, string transferId) =>
        OutcomeResults.OkOr(await services.Grain<ITransferGrain>(transferId).GetView(), () => StaffProblems.NotFound(Thing.Transfer, transferId));

    public static async Task<Results<Ok<TransferView>, Refused>> ConfirmStep(
        [AsParameters] GridServices services, string transferId, ConfirmStepRequest? request) =>
        (await services.Grain<ITransferGrain>(transferId).Confirm(services.Caller.ToActor(), request?.Note)).ToOk();

    public static async Task<Results<Ok<TransferView>, Refused>> RejectStep([AsParameters] GridServices services, string transferId, RejectStepRequest request) =>
        (await services.Grain<ITransferGrain>(transferId).Reject(services.Caller.ToActor(), request.Reason!)).ToOk();

    public static async Task<Results<Ok<TransferView>, Refused>> Withdraw([AsParameters] GridServices services, string transferId) =>
        (await services.Grain<ITransferGrain>(transferId).Withdraw(services.Caller.ToActor())).ToOk();

    public static async Task<Ok<ApprovalsView>> GetApprovals([AsParameters] GridServices services) =>
        TypedResults.Ok(new ApprovalsView(await services.Grain<IApprovalsInboxGrain>(services.Caller.StaffId).WaitingFor()));

    public static async Task<Results<Ok<TerminalAudit>, Refused>> GetTerminalAudit([AsParameters] GridServices services, string id) =>
        await services.Grain<ITerminalGrain>(id).GetSnapshot() is null
            ? StaffProblems.NotFound(Thing.Terminal, id)
            : TypedResults.Ok(await services.Grain<ITerminalAuditGrain>(id).Get());

    /// <summary>
    /// A transfer is in scope for staff covering its outgoing or its incoming institution: both sides take steps.
    /// Outside: 404 for a read, 403 for a change; an unknown transfer is left to the endpoint's own answer.
    /// </summary>
    private static RouteHandlerBuilder InScopeOfTransfer(this RouteHandlerBuilder builder) =>
        builder.WithGate(async http =>
        {
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
                    return Scoped.OutOfScope(http, Thing.Transfer, id);
                }
            }
            return null;
        });
}
