using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>The 401, 403 and 404 answers of endpoints that act for the signed-in staff member: one wording everywhere.</summary>
public static class StaffProblems
{
    public static IResult NotSignedIn() =>
        TypedResults.Problem("Sign in first.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult NotFound(string what) =>
        TypedResults.Problem($"{what} is not registered", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
