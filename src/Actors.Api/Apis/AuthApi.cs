using System.ComponentModel.DataAnnotations;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Actors.Domain;
using Actors.Domain.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>Sign-in (login = staff id), sign-out, who am I; and setting a member of staff's password.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Sign-in");
        api.MapPost("/auth/sign-in", SignIn).WithName("SignIn").AllowAnonymous()
            .WithSummary("Sign in")
            .WithDescription("Signs in with the staff id and password and sets the bg.auth cookie (HttpOnly, SameSite=Strict). "
                + "Five wrong passwords in a row lock the account for five minutes.");
        api.MapPost("/auth/sign-out", SignOut).WithName("SignOut")
            .WithSummary("Sign out")
            .WithDescription("Clears the sign-in cookie.");
        api.MapGet("/auth/me", GetMe).WithName("GetMe")
            .WithSummary("The signed-in member of staff")
            .WithDescription("Who is signed in: staff id, name, institution and roles.");
        api.MapPost("/staff/{id}/password", SetPassword).WithName("SetPassword")
            .WithSummary("Set a member of staff's password")
            .WithDescription($"At least {PasswordRule.MinLength} characters. The management department sets it for its institutions' staff; anyone sets their own.");
        return api;
    }

    public static async Task<Results<Ok<Me>, Refused>> SignIn([AsParameters] GridServices services, SignInRequest request)
    {
        // One answer for an unknown login and a wrong password: the reply must not tell which staff ids exist.
        if (!await services.Grain<IStaffCredentialGrain>(request.Login!).Verify(request.Password!)
            || await services.Grain<IManagerGrain>(request.Login!).GetSnapshot() is not { } staff)
        {
            return new Refused(Refusal.NotSignedIn("The login or the password is wrong.", "登录名或密码错误。"));
        }
        await services.Http.SignInAsync(StaffSignIn.Scheme, StaffSignIn.Principal(staff));
        return TypedResults.Ok(await MeOf(services, staff.ManagerId, staff.Name, staff.InstitutionId, staff.Roles));
    }

    public static async Task<NoContent> SignOut([AsParameters] GridServices services)
    {
        await services.Http.SignOutAsync(StaffSignIn.Scheme);
        return TypedResults.NoContent();
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
        if (caller.StaffId != id && !(caller.Has(StaffRole.ManagementDepartment) && await services.Covers(staff.InstitutionId)))
        {
            return StaffProblems.Forbidden("only the management department of their institution (or above) sets another member of staff's password",
                "只有其所在机构（或上级机构）的管理部门可以设置他人的密码");
        }
        return await services.Grain<IStaffCredentialGrain>(id).SetPassword(request.Password!) is { } refusal ? new Refused(refusal) : TypedResults.NoContent();
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

/// <summary>The signed-in member of staff, as the screens show them: <see cref="Name"/> in Latin letters, <see cref="NameZh"/> in Chinese characters when registered.</summary>
public sealed record Me(string StaffId, string Name, string InstitutionId, string InstitutionName, IReadOnlyList<StaffRole> Roles, string? NameZh);
