using Actors.Api.Http;
using Actors.Contracts.Loans;
using Actors.Contracts.Terminals;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>POS terminals and loans: registration and the snapshot with its clocks.</summary>
public static class TerminalsAndLoansApi
{
    public static RouteGroupBuilder MapTerminalsAndLoansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Terminals and loans");
        api.MapGet("/terminals/{id}", GetTerminal).WithName("GetTerminal").InScope("id", Thing.Terminal, InstitutionOfTerminal)
            .WithSummary("One POS terminal")
            .WithDescription("The terminal, its maintainer, its last sale and the instant it goes inactive (30 days without a sale).");
        api.MapPost("/terminals", RegisterTerminal).WithName("RegisterTerminal")
            .WithSummary("Register a POS terminal")
            .WithDescription("Registers a merchant's terminal with its maintainer; its inactivity clock starts at sign-up.");
        api.MapGet("/loans/{id}", GetLoan).WithName("GetLoan").InScope("id", Thing.Loan, InstitutionOfLoan)
            .WithSummary("One loan")
            .WithDescription("The loan's schedule, stage, days past due, reminder and next clock instant.");
        api.MapPost("/loans", RegisterLoan).WithName("RegisterLoan")
            .WithSummary("Register a loan")
            .WithDescription("Registers a disbursed loan: equal monthly installments, the first due a month after disbursement.");
        return api;
    }

    public static async Task<Results<Ok<TerminalSnapshot>, Refused>> GetTerminal([AsParameters] GridServices services, string id) =>
        OutcomeResults.OkOr(await services.Grain<ITerminalGrain>(id).GetSnapshot(), () => StaffProblems.NotFound(Thing.Terminal, id));

    public static async Task<Results<Created<TerminalSnapshot>, Refused>> RegisterTerminal([AsParameters] GridServices services, CreateTerminalRequest request)
    {
        var problems = new Problems()
            .Add(await services.Institution("institutionId", request.InstitutionId))
            .Add(await services.Staff("maintainerId", request.MaintainerId))
            .Add(await services.Client("merchantClientId", request.MerchantClientId));
        if (problems.Any)
        {
            return problems.ToResult();
        }
        if (!await services.Covers(request.InstitutionId))
        {
            return StaffProblems.OutsideInstitution(Thing.Institution, request.InstitutionId!);
        }
        return (await services.Grain<ITerminalGrain>(request.Id!).Register(new(
                request.InstitutionId!, request.MerchantName!, request.MerchantClientId, request.MaintainerId!, request.SignedUpAt ?? services.Clock.Now)))
            .ToCreated(t => Locations.Of("terminals", t.TerminalId));
    }

    public static async Task<Results<Ok<LoanSnapshot>, Refused>> GetLoan([AsParameters] GridServices services, string id) =>
        OutcomeResults.OkOr(await services.Grain<ILoanGrain>(id).GetSnapshot(), () => StaffProblems.NotFound(Thing.Loan, id));

    public static async Task<Results<Created<LoanSnapshot>, Refused>> RegisterLoan([AsParameters] GridServices services, CreateLoanRequest request)
    {
        var problems = new Problems()
            .Add(await services.Institution("institutionId", request.InstitutionId))
            .Add(await services.Client("clientId", request.ClientId));
        if (problems.Any)
        {
            return problems.ToResult();
        }
        if (!await services.Covers(request.InstitutionId))
        {
            return StaffProblems.OutsideInstitution(Thing.Institution, request.InstitutionId!);
        }
        return (await services.Grain<ILoanGrain>(request.Id!).Register(new(
                request.InstitutionId!, request.ClientId!, request.Principal!.Value, request.AnnualRate!.Value, request.TermMonths!.Value, request.DisbursedOn!.Value)))
            .ToCreated(l => Locations.Of("loans", l.LoanId));
    }

    public static async Task<string?> InstitutionOfTerminal(IGrainFactory grains, string id) => (await grains.GetGrain<ITerminalGrain>(id).GetSnapshot())?.InstitutionId;

    public static async Task<string?> InstitutionOfLoan(IGrainFactory grains, string id) => (await grains.GetGrain<ILoanGrain>(id).GetSnapshot())?.InstitutionId;
}
