using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Actors.Domain.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>Sign-in (login = staff id), sign-out, who am I; and setting a member of staff's password.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Sign-in");
        api.MapPost("/auth/sign-in", (HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<SignInRequest>(request,
            (r, errors) =>
            {
                errors.Required("login", r.Login);
                errors.Required("password", r.Password, PasswordRule.MaxLength);
                return Task.CompletedTask;
            },
            async r =>
            {
                // One answer for an unknown login and a wrong password: the reply must not tell which staff ids exist.
                if (!await grains.GetGrain<IStaffCredentialGrain>(r.Login!).Verify(r.Password!)
                    || await grains.GetGrain<IManagerGrain>(r.Login!).GetSnapshot() is not { } staff)
                {
                    return TypedResults.Problem("The login or the password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
                }
                await request.HttpContext.SignInAsync(StaffSignIn.Scheme, StaffSignIn.Principal(staff));
                return TypedResults.Ok(await MeOf(grains, staff.ManagerId, staff.Name, staff.InstitutionId, staff.Roles));
            }))
            .AllowAnonymous()
            .Accepts<SignInRequest>("application/json").Produces<Me>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Sign in with the staff id and password; sets the bg.auth cookie.");

        api.MapPost("/auth/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(StaffSignIn.Scheme);
            return TypedResults.NoContent();
        }).WithSummary("Sign out: the cookie is cleared.");

        api.MapGet("/auth/me", async (HttpRequest request, IGrainFactory grains) =>
        {
            var me = request.Caller();
            return TypedResults.Ok(await MeOf(grains, me.StaffId, me.Name, me.InstitutionId, me.Roles));
        }).Produces<Me>().WithSummary("The signed-in member of staff.");

        api.MapPost("/staff/{id}/password", (string id, HttpRequest request, IGrainFactory grains) => WriteEndpoint.Handle<SetPasswordRequest>(request,
            (r, errors) =>
            {
                if (PasswordRule.RefusalReason(r.Password) is { } reason)
                {
                    errors.Add("password", reason);
                }
                return Task.CompletedTask;
            },
            async r =>
            {
                if (await grains.GetGrain<IManagerGrain>(id).GetSnapshot() is not { } staff)
                {
                    return TypedResults.Problem($"staff member {id} is not registered", statusCode: StatusCodes.Status404NotFound, title: "Not found");
                }
                var caller = request.Caller();
                if (caller.StaffId != id && !(caller.Has(StaffRole.ManagementDepartment) && await request.Covers(staff.InstitutionId)))
                {
                    return StaffProblems.Forbidden("only the management department of their institution (or above) sets another member of staff's password");
                }
                var result = await grains.GetGrain<IStaffCredentialGrain>(id).SetPassword(r.Password!);
                return result.Error is null ? TypedResults.NoContent() : Problems.Field("password", result.Detail ?? "is refused");
            }))
            .Accepts<SetPasswordRequest>("application/json").ProducesValidationProblem()
            .WithSummary($"Set a member of staff's password (at least {PasswordRule.MinLength} characters): the management department for its institutions' staff, or anyone for their own.");
        return api;
    }

    private static async Task<Me> MeOf(IGrainFactory grains, string staffId, string name, string institutionId, IReadOnlyList<StaffRole> roles)
    {
        var institution = await grains.GetGrain<IInstitutionGrain>(institutionId).GetSnapshot();
        var staff = await grains.GetGrain<IManagerGrain>(staffId).GetSnapshot();
        return new Me(staffId, name, institutionId, institution?.Name ?? institutionId, roles, staff?.NameZh);
    }
}

public sealed record SignInRequest(string? Login, string? Password);

public sealed record SetPasswordRequest(string? Password);

/// <summary>The signed-in member of staff, as the screens show them: <see cref="Name"/> in Latin letters, <see cref="NameZh"/> in Chinese characters when registered.</summary>
public sealed record Me(string StaffId, string Name, string InstitutionId, string InstitutionName, IReadOnlyList<StaffRole> Roles, string? NameZh);
