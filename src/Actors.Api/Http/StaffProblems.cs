using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>The 401 and 403 answers of endpoints that act for the signed-in staff member.</summary>
internal static class StaffProblems
{
    public static IResult NotSignedIn() =>
        TypedResults.Problem("sign in first", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult NotFound(string what) =>
        TypedResults.Problem($"{what} is not registered", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
