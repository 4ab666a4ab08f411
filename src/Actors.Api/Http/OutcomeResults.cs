using Actors.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Actors.Api.Http;

/// <summary>A grain's outcome as HTTP: its value, or the one refusal mapper.</summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, Refused> ToOk<T>(this Outcome<T> outcome) =>
        outcome.IsRefused ? new Refused(outcome.Refusals) : TypedResults.Ok(outcome.Value!);

    /// <summary>201 at <paramref name="location"/> (creation is idempotent: an identical repeat is a 201 too).</summary>
    public static Results<Created<T>, Refused> ToCreated<T>(this Outcome<T> outcome, Func<T, string> location) =>
        outcome.IsRefused ? new Refused(outcome.Refusals) : TypedResults.Created(location(outcome.Value!), outcome.Value!);

    /// <summary>The read of an entity that may not exist.</summary>
    public static Results<Ok<T>, Refused> OkOr<T>(T? value, Func<Refused> missing) where T : class =>
        value is null ? missing() : TypedResults.Ok(value);
}
