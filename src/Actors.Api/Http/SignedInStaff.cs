using System.Security.Claims;
using Actors.Contracts.Managers;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>Who is calling: the signed-in member of staff, as the sign-in cookie carries them.</summary>
/// <param name="StaffId">The staff member's id (the manager grain's key); also their login.</param>
/// <param name="InstitutionId">The institution they belong to; they see it and the institutions under it.</param>
/// <param name="Roles">Their roles (brief section 1).</param>
/// <param name="Address">The remote address of the request, for the audit.</param>
public sealed record SignedInStaff(string StaffId, string Name, string InstitutionId, IReadOnlyList<StaffRole> Roles, string? Address)
{
    public bool Has(StaffRole role) => Roles.Contains(role);
}

/// <summary>The claims the sign-in cookie carries; read them only through <see cref="StaffClaimsExtensions.Staff"/>.</summary>
public static class StaffClaims
{
    public const string StaffId = "bg:staff";
    public const string Institution = "bg:institution";
    public const string Name = ClaimTypes.Name;
    public const string Role = ClaimTypes.Role;

    /// <summary>The session stamp the cookie was issued under (<see cref="StaffSessions"/>).</summary>
    public const string Stamp = "bg:stamp";

    /// <summary>When the person signed in (Unix milliseconds): the absolute lifetime counts from here, however busy the session.</summary>
    public const string SignedInAt = "bg:signed-in-at";
}

public static class StaffClaimsExtensions
{
    /// <summary>The signed-in staff member, or null for an anonymous caller (endpoints require sign-in, so rarely null).</summary>
    public static SignedInStaff? Staff(this HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(StaffClaims.StaffId) is not { } id
            || user.FindFirstValue(StaffClaims.Institution) is not { } institution)
        {
            return null;
        }
        var roles = user.FindAll(StaffClaims.Role)
            .Select(c => Enum.TryParse<StaffRole>(c.Value, out var role) ? role : (StaffRole?)null)
            .OfType<StaffRole>()
            .ToList();
        return new SignedInStaff(id, user.FindFirstValue(StaffClaims.Name) ?? id, institution, roles, context.Connection.RemoteIpAddress?.ToString());
    }
}

public static class SignedInStaffActors
{
    /// <summary>The caller as the workflow grains record them (name and address for the audit).</summary>
    public static Actors.Contracts.Terminals.StaffActor ToActor(this SignedInStaff staff) =>
        new(staff.StaffId, staff.Name, staff.InstitutionId, staff.Roles, staff.Address);
}
