using Microsoft.Extensions.DependencyInjection;
using Actors.Contracts;
using Actors.Api.Http;
using Actors.Contracts.Loans;
using Actors.Contracts.Terminals;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

public static class TerminalsAndLoansApi
{
    public static RouteGroupBuilder MapTerminalsAndLoansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Terminals and loans");
        api.MapGet("/terminals/{id}", async (string id, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<ITerminalGrain>(id).GetSnapshot(), $"terminal {id}"))
            .InScope("id", "terminal", InstitutionOfTerminal);
        api.MapPost("/terminals", (HttpRequest request, IGrainFactory grains, [FromKeyedServices(BusinessTime.ClockKey)] TimeProvider time) => WriteEndpoint.Handle<CreateTerminalRequest>(request,
            async (r, errors) =>
            {
                errors.Required("id", r.Id);
                errors.Required("institutionId", r.InstitutionId);
                errors.Required("merchantName", r.MerchantName, 200);
                errors.Required("maintainerId", r.MaintainerId);
                await errors.Institution(grains, "institutionId", r.InstitutionId);
                await errors.Manager(request, "maintainerId", r.MaintainerId);
                await errors.Client(request, "merchantClientId", r.MerchantClientId);
            },
            async r => !await request.Covers(r.InstitutionId) ? OutsideInstitution(r.InstitutionId) : (await grains.GetGrain<ITerminalGrain>(r.Id!).Register(new(
                    r.InstitutionId!, r.MerchantName!, r.MerchantClientId, r.MaintainerId!, r.SignedUpAt ?? time.GetUtcNow())))
                .ToHttp($"/api/terminals/{r.Id}", "body")))
            .Accepts<CreateTerminalRequest>("application/json").ProducesValidationProblem();

        api.MapGet("/loans/{id}", async (string id, IGrainFactory grains) =>
            RegistrationResults.OkOrNotFound(await grains.GetGrain<ILoanGrain>(id).GetSnapshot(), $"loan {id}"))
            .InScope("id", "loan", InstitutionOfLoan);
        api.MapPost("/loans", (HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<CreateLoanRequest>(request,
            async (r, errors) =>
            {
                errors.Required("id", r.Id);
                errors.Required("institutionId", r.InstitutionId);
                errors.Required("clientId", r.ClientId);
                errors.Money("principal", r.Principal);
                if (r.AnnualRate is not { } rate || rate < 0 || rate > 1)
                {
                    errors.Add("annualRate", "is required, as a fraction between 0 and 1 (0.06 = 6%)");
                }
                if (r.TermMonths is not { } term || term < 1 || term > 360)
                {
                    errors.Add("termMonths", "is required, between 1 and 360");
                }
                errors.RequiredValue("disbursedOn", r.DisbursedOn);
                await errors.Institution(grains, "institutionId", r.InstitutionId);
                await errors.Client(request, "clientId", r.ClientId);
            },
            async r => !await request.Covers(r.InstitutionId) ? OutsideInstitution(r.InstitutionId) : (await grains.GetGrain<ILoanGrain>(r.Id!).Register(new(
                    r.InstitutionId!, r.ClientId!, r.Principal!.Value, r.AnnualRate!.Value, r.TermMonths!.Value, r.DisbursedOn!.Value)))
                .ToHttp($"/api/loans/{r.Id}", "disbursedOn")))
            .Accepts<CreateLoanRequest>("application/json").ProducesValidationProblem();
        return api;
    }

    public static async Task<string?> InstitutionOfTerminal(IGrainFactory grains, string id) => (await grains.GetGrain<ITerminalGrain>(id).GetSnapshot())?.InstitutionId;

    public static async Task<string?> InstitutionOfLoan(IGrainFactory grains, string id) => (await grains.GetGrain<ILoanGrain>(id).GetSnapshot())?.InstitutionId;

    private static IResult OutsideInstitution(string? institutionId) => StaffProblems.Forbidden($"institution {institutionId} is outside your institution");
}
