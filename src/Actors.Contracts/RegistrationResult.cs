namespace Actors.Contracts;

/// <summary>The answer to a create call: the new snapshot, or why it was refused (conflict or a business rule).</summary>
[GenerateSerializer, Immutable, Alias("bg.RegistrationResult`1")]
public sealed record RegistrationResult<T>(T? Snapshot, RegistrationError? Error, string? Detail)
{
    public static RegistrationResult<T> Ok(T snapshot) => new(snapshot, null, null);
    public static RegistrationResult<T> Fail(RegistrationError error, string detail) => new(default, error, detail);
}

[GenerateSerializer, Alias("bg.RegistrationError")]
public enum RegistrationError
{
    /// <summary>The id is taken by an entity registered with different details.</summary>
    AlreadyExists,
    /// <summary>A referenced entity (institution, client, manager) does not exist.</summary>
    UnknownReference,
    /// <summary>A business rule refuses it (e.g. no disbursement after the 25th).</summary>
    RuleViolation,
}
