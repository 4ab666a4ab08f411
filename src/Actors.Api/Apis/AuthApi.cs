using System.ComponentModel.DataAnnotations;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Actors.Domain;
using Actors.Domain.Audit;
using Actors.Domain.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

/// <summary>Sign-in (login = staff id), sign-out, who am I; and setting a member of staff's password.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Sign-in");
        api.MapPost("/auth/sign-in", SignIn).WithName("SignIn").RequireRateLimiting(SignInThrottle.Policy)
            .WithSummary("Sign in")
            .WithDescription("Signs in with the staff id and password and sets the bg.auth cookie (HttpOnly, SameSite=Strict). "
                + "Tries are limited per client address and per login (429 with Retry-After); after three wrong passwords in a row from one address, "
                + "each further try from there waits twice as long as the last (429 with Retry-After), at most 15 minutes.");
        api.MapPost("/auth/sign-out", SignOut).WithName("SignOut")
            .WithSummary("Sign out")
            .WithDescription("Clears the sign-in cookie.");
        api.MapGet("/auth/me", GetMe).WithName("GetMe")
            .WithSummary("The signed-in member of staff")
            .WithDescription("Who is signed in: staff id, name, institution and roles.");
        api.MapPost("/auth/password", ChangeOwnPassword).WithName("ChangeOwnPassword")
            .WithSummary("Change one's own password")
            .WithDescription($"With the current password; the new one at least {PasswordRule.MinLength} characters. Every other open session of the caller ends.");
        api.MapPost("/staff/{id}/password", SetPassword).WithName("SetPassword")
            .WithSummary("Set another member of staff's password")
            .WithDescription($"At least {PasswordRule.MinLength} characters. The management department sets it for its institutions' staff (a management member's "
                + "or an institution head's: the head office's only); never its own (POST /api/auth/password). Their open sessions end.");
        return api;
    }

    public static async Task<Results<Ok<Me>, Refused, SlowDown>> SignIn([AsParameters] GridServices services, LoginLimiter logins, SignInRequest request)
    {
        if (logins.Wait(request.Login!) is { } tooMany)
        {
            await services.Http.AuditAsync(AuditActions.SignInThrottled, $"staff/{request.Login}", "too many sign-in tries for this login", actor: request.Login);
            return new SlowDown(tooMany);
        }
        // One answer for an unknown login and a wrong password: the reply must not tell which staff ids exist.
        var known = await services.Grain<IManagerGrain>(request.Login!).GetSnapshot();
        var check = await services.Grain<IStaffCredentialGrain>(request.Login!).Check(request.Password!, AuditTrail.AddressOf(services.Http) ?? "");
        if (check.RetryAfter is { } wait)
        {
            await services.Http.AuditAsync(AuditActions.SignInDelayed, $"staff/{request.Login}", $"wrong passwords in a row: waits {wait.TotalSeconds:0} s",
                actor: request.Login, actorInstitutionId: known?.InstitutionId, institutionId: known?.InstitutionId);
            return new SlowDown(wait);
        }
        if (!check.Verified || known is not { } staff)
        {
            await services.Http.AuditAsync(AuditActions.SignInFailed, $"staff/{request.Login}", actor: request.Login,
                actorInstitutionId: known?.InstitutionId, institutionId: known?.InstitutionId);
            return new Refused(Refusal.NotSignedIn("The login or the password is wrong.", "登录名或密码错误。"));
        }
        await StartSession(services, staff);
        await services.Http.AuditAsync(AuditActions.SignInSucceeded, $"staff/{staff.ManagerId}", actor: staff.ManagerId, actorInstitutionId: staff.InstitutionId);
        return TypedResults.Ok(await MeOf(services, staff.ManagerId, staff.Name, staff.InstitutionId, staff.Roles));
    }

    /// <summary>Signing out ends every session of the caller (a stolen copy of the cookie included), on every silo.</summary>
    public static async Task<NoContent> SignOut([AsParameters] GridServices services)
    {
        await services.Grain<IStaffCredentialGrain>(services.Caller.StaffId).EndSessions();
        await services.Http.AuditAsync(AuditActions.SignedOut, $"staff/{services.Caller.StaffId}");
        await StaffSessions.RevokedAsync(services.Http, services.Caller.StaffId, SessionEndReason.SignOutEverywhere, null);
        await services.Http.SignOutAsync(StaffSignIn.Scheme);
        return TypedResults.NoContent();
    }

    /// <summary>The cookie of a new session, under the member of staff's current session stamp.</summary>
    private static async Task StartSession(GridServices services, ManagerSnapshot staff)
    {
        var stamp = await services.Grain<IStaffCredentialGrain>(staff.ManagerId).SessionStamp();
        var now = services.Http.RequestServices.GetRequiredService<StaffSessions>().Now;
        await services.Http.SignInAsync(StaffSignIn.Scheme, StaffSignIn.Principal(staff, stamp, now));
    }

    public static async Task<Ok<Me>> GetMe([AsParameters] GridServices services)
    {
        var me = services.Caller;
        return TypedResults.Ok(await MeOf(services, me.StaffId, me.Name, me.InstitutionId, me.Roles));
    }

    public static async Task<Results<NoContent, Refused>> SetPassword([AsParameters] GridServices services, string id, SetPasswordRequest request)
    {
        if (PasswordRule.RefusalReason(request.Password) is { } weak)
        {
            return new Refused(weak);
        }
        if (await services.Grain<IManagerGrain>(id).GetSnapshot() is not { } staff)
        {
            return StaffProblems.NotFound(Thing.Staff, id);
        }
        var caller = services.Caller;
        if (!await services.Covers(staff.InstitutionId))
        {
            return StaffProblems.OutsideInstitution(Thing.Staff, id);
        }
        if (StaffGrants.PasswordResetRefusal(caller, await services.CoversEverything(), staff) is { } refused)
        {
            return new Refused(refused);
        }
        if (await services.Grain<IStaffCredentialGrain>(id).SetPassword(request.Password!) is { } refusal)
        {
            return new Refused(refusal);
        }
        await services.Http.AuditAsync(AuditActions.PasswordReset, $"staff/{id}", "their open sessions ended", institutionId: staff.InstitutionId);
        await StaffSessions.RevokedAsync(services.Http, id, SessionEndReason.PasswordReset, staff.InstitutionId);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, Refused>> ChangeOwnPassword([AsParameters] GridServices services, ChangePasswordRequest request)
    {
        var me = services.Caller;
        var credential = services.Grain<IStaffCredentialGrain>(me.StaffId);
        if (!(await credential.Check(request.CurrentPassword!, AuditTrail.AddressOf(services.Http) ?? "")).Verified)
        {
            await services.Http.AuditAsync(AuditActions.SignInFailed, $"staff/{me.StaffId}", "wrong current password on a password change");
            return new Refused(Refusal.Invalid("currentPassword", "is not your current password", "不是您当前的密码"));
        }
        if (await credential.SetPassword(request.NewPassword!) is { } refusal)
        {
            return new Refused(refusal with { Field = refusal.Field == "password" ? "newPassword" : refusal.Field });
        }
        await services.Http.AuditAsync(AuditActions.PasswordChanged, $"staff/{me.StaffId}", "their other open sessions ended");
        await StaffSessions.RevokedAsync(services.Http, me.StaffId, SessionEndReason.PasswordChanged, null);
        // The new password changed the session stamp: this session goes on under the new one, every other has ended.
        if (await services.Grain<IManagerGrain>(me.StaffId).GetSnapshot() is { } staff)
        {
            await StartSession(services, staff);
        }
        return TypedResults.NoContent();
    }

    private static async Task<Me> MeOf(GridServices services, string staffId, string name, string institutionId, IReadOnlyList<StaffRole> roles)
    {
        var institution = await services.Grain<IInstitutionGrain>(institutionId).GetSnapshot();
        var staff = await services.Grain<IManagerGrain>(staffId).GetSnapshot();
        return new Me(staffId, name, institutionId, institution?.Name ?? institutionId, roles, staff?.NameZh);
    }
}

public sealed record SignInRequest([property: Required, Text(64)] string? Login, [property: Required, Text(PasswordRule.MaxLength)] string? Password);

public sealed record SetPasswordRequest([property: Required] string? Password);

public sealed record ChangePasswordRequest(
    [property: Required, Text(PasswordRule.MaxLength)] string? CurrentPassword,
    [property: Required, Text(PasswordRule.MaxLength)] string? NewPassword);

/// <summary>The signed-in member of staff, as the screens show them: <see cref="Name"/> in Latin letters, <see cref="NameZh"/> in Chinese characters when registered.</summary>
public sealed record Me(string StaffId, string Name, string InstitutionId, string InstitutionName, IReadOnlyList<StaffRole> Roles, string? NameZh);
