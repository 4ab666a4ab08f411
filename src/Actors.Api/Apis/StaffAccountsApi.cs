using Actors.Api.Http;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Actors.Contracts.Terminals;
using Actors.Domain;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>A leaver's account: the management department disables it (every session ends, sign-in is refused) and may enable it again.</summary>
public static class StaffAccountsApi
{
    public const string OwnAccountRule = "own-account";

    public static RouteGroupBuilder MapStaffAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/staff").WithTags("Institutions and staff");
        api.MapPost("/{id}/disable", DisableStaff).WithName("DisableStaff").InScope("id", Thing.Staff, InstitutionsApi.InstitutionOfStaff)
            .WithSummary("Disable a leaver's account")
            .WithDescription("The management department of their institution (or above; a management member's or a head's: the head office's only), never "
                + "one's own. Every open session ends at its next request, on every silo, and sign-in is refused. The answer lists the terminals "
                + "they maintain, to hand over with POST /api/staff/{id}/departure-transfers.");
        api.MapPost("/{id}/enable", EnableStaff).WithName("EnableStaff").InScope("id", Thing.Staff, InstitutionsApi.InstitutionOfStaff)
            .WithSummary("Enable a disabled account again")
            .WithDescription("As for disabling; they sign in again with their password.");
        api.MapPost("/{id}/unlock", UnlockSignIn).WithName("UnlockSignIn").InScope("id", Thing.Staff, InstitutionsApi.InstitutionOfStaff)
            .WithSummary("Lift the sign-in delays after wrong passwords")
            .WithDescription("The management department of their institution (or above): every address that guessed wrong may try again at once.");
        return api;
    }

    public static async Task<Results<NoContent, Refused>> UnlockSignIn([AsParameters] GridServices services, string id)
    {
        if (await services.Grain<IManagerGrain>(id).GetSnapshot() is not { } staff)
        {
            return StaffProblems.NotFound(Thing.Staff, id);
        }
        await services.Grain<IStaffCredentialGrain>(id).Unlock();
        await services.Http.AuditAsync(AuditActions.SignInUnlocked, $"staff/{id}", institutionId: staff.InstitutionId);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<StaffAccountView>, Refused>> DisableStaff([AsParameters] GridServices services, string id) =>
        await Change(services, id, disabled: true);

    public static async Task<Results<Ok<StaffAccountView>, Refused>> EnableStaff([AsParameters] GridServices services, string id) =>
        await Change(services, id, disabled: false);

    private static async Task<Results<Ok<StaffAccountView>, Refused>> Change(GridServices services, string id, bool disabled)
    {
        if (await services.Grain<IManagerGrain>(id).GetSnapshot() is not { } staff)
        {
            return StaffProblems.NotFound(Thing.Staff, id);
        }
        if (services.Caller.StaffId == id)
        {
            return new Refused(Refusal.ForbiddenBy(OwnAccountRule, "nobody disables or enables their own account", "任何人不能停用或启用自己的账户"));
        }
        if (StaffGrants.Refusal(services.Caller, await services.CoversEverything(), id, staff.Roles, []) is { } refused)
        {
            return new Refused(refused);
        }
        var credential = services.Grain<IStaffCredentialGrain>(id);
        if (await credential.IsDisabled() != disabled)
        {
            await credential.SetDisabled(disabled);
            await services.Http.AuditAsync(disabled ? AuditActions.StaffDisabled : AuditActions.StaffEnabled, $"staff/{id}",
                disabled ? "their open sessions ended" : null, institutionId: staff.InstitutionId);
            if (disabled)
            {
                await StaffSessions.RevokedAsync(services.Http, id, SessionEndReason.Disabled, staff.InstitutionId);
            }
        }
        var terminals = disabled ? await services.Grain<ITerminalPortfolioGrain>(id).List() : [];
        return TypedResults.Ok(new StaffAccountView(id, disabled, terminals,
            terminals.Count > 0 ? Locations.Of("staff", id, "departure-transfers") : null));
    }
}

/// <summary>
/// A member of staff's account after the change: whether it is disabled, the terminals they still maintain and, when
/// there are any, where to file their departure transfers (<see cref="DepartureTransfers"/>).
/// </summary>
public sealed record StaffAccountView(string StaffId, bool Disabled, IReadOnlyList<string> Terminals, string? DepartureTransfers);
