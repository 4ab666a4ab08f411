using Actors.Domain;

namespace Actors.Contracts;

/// <summary>
/// A grain's answer to a command: the value, or the refusals that left everything as it was (several only when several
/// fields of one request are wrong). The API turns the refusals into one ProblemDetails.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.Outcome`1")]
public sealed record Outcome<T>(T? Value, IReadOnlyList<Refusal> Refusals)
{
    public bool IsRefused => Refusals.Count > 0;

    /// <summary>The first refusal (the only one, except for several wrong fields).</summary>
    public Refusal? Refusal => Refusals.Count > 0 ? Refusals[0] : null;

    public static Outcome<T> Ok(T value) => new(value, []);

    public static Outcome<T> Refused(Refusal refusal) => new(default, [refusal]);

    public static Outcome<T> Refused(IReadOnlyList<Refusal> refusals) => new(default, refusals);

    public static implicit operator Outcome<T>(Refusal refusal) => Refused(refusal);
}
