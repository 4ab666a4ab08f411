using Actors.Domain;

namespace Actors.Api.Http;

/// <summary>The 401, 403 and 404 answers of endpoints that act for the signed-in staff member: one wording everywhere.</summary>
public static class StaffProblems
{
    public static Refused NotSignedIn() => new(Refusal.NotSignedIn("Sign in first.", "请先登录。"));

    public static Refused Forbidden(string en, string zh) => new(Refusal.Forbidden(en, zh));

    public static Refused NotFound(Thing thing, string id) => new(Refusal.NotRegistered(thing, id));

    /// <summary>A change to an entity outside the caller's institutions.</summary>
    public static Refused OutsideInstitution(Thing thing, string id) =>
        Forbidden($"{thing.En} {id} is outside your institution", $"{thing.Zh} {id} 不在您的机构范围内");
}
