using Actors.Contracts;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

internal static class RegistrationResults
{
    /// <summary>Maps a grain's answer to HTTP: 201 created (also for an identical repeat: creation is idempotent), 409 conflict, 400 rule.</summary>
    public static IResult ToHttp<T>(this RegistrationResult<T> result, string location, string ruleField) => result.Error switch
    {
        null => TypedResults.Created(location, result.Snapshot),
        RegistrationError.AlreadyExists => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Already exists"),
        RegistrationError.RuleViolation => Problems.Field(ruleField, result.Detail ?? "violates a rule"),
        _ => Problems.Field("body", result.Detail ?? "refers to an unknown entity"),
    };

    public static IResult OkOrNotFound<T>(T? snapshot, string what) where T : class =>
        snapshot is null ? TypedResults.Problem($"{what} is not registered", statusCode: StatusCodes.Status404NotFound, title: "Not found") : TypedResults.Ok(snapshot);
}
