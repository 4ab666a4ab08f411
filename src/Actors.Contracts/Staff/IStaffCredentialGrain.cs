using Actors.Domain;

namespace Actors.Contracts.Staff;

/// <summary>
/// A member of staff's sign-in credential, keyed by staff id (the manager grain's key). Only a hash is kept, and it
/// never leaves the grain: callers set a password or ask whether one matches.
/// </summary>
public interface IStaffCredentialGrain : IGrainWithStringKey
{
    /// <summary>Sets (or replaces) the password of a registered member of staff.</summary>
    Task<Refusal?> SetPassword(string password);

    /// <summary>
    /// Sets the first password only: refused (Conflict) once one exists, so silos
    /// starting together cannot each give the same account a different password.
    /// </summary>
    Task<Refusal?> SetFirstPassword(string password);

    /// <summary>Whether the password is this member of staff's; false when none was ever set.</summary>
    Task<bool> Verify(string password);

    Task<bool> HasPassword();
}
