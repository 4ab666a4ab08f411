namespace Actors.Contracts.Staff;

/// <summary>
/// A member of staff's sign-in credential, keyed by staff id (the manager grain's key). Only a hash is kept, and it
/// never leaves the grain: callers set a password or ask whether one matches.
/// </summary>
public interface IStaffCredentialGrain : IGrainWithStringKey
{
    /// <summary>Sets (or replaces) the password of a registered member of staff.</summary>
    Task<CredentialResult> SetPassword(string password);

    /// <summary>
    /// Sets the first password only: refused with <see cref="CredentialError.AlreadySet"/> once one exists, so silos
    /// starting together cannot each give the same account a different password.
    /// </summary>
    Task<CredentialResult> SetFirstPassword(string password);

    /// <summary>Whether the password is this member of staff's; false when none was ever set.</summary>
    Task<bool> Verify(string password);

    Task<bool> HasPassword();
}

[GenerateSerializer, Alias("bg.CredentialError")]
public enum CredentialError
{
    /// <summary>No member of staff is registered under this id.</summary>
    UnknownStaff,
    /// <summary>The password breaks the password rule (too short, too long).</summary>
    RuleViolation,
    /// <summary>A first password was asked for, but the member of staff already has one.</summary>
    AlreadySet,
}

[GenerateSerializer, Immutable, Alias("bg.CredentialResult")]
public sealed record CredentialResult(CredentialError? Error, string? Detail)
{
    public static CredentialResult Ok { get; } = new(null, null);
    public static CredentialResult Fail(CredentialError error, string detail) => new(error, detail);
}
