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

    /// <summary>
    /// A sign-in try from <paramref name="address"/>: verified, or not, or not tried at all because wrong passwords from
    /// there must first wait (<see cref="SignInCheck.RetryAfter"/>; growing delays, per login and address).
    /// </summary>
    Task<SignInCheck> Check(string password, string address);

    /// <summary>Lifts every delay after wrong passwords (a management user's unlock).</summary>
    Task Unlock();

    Task<bool> HasPassword();

    /// <summary>
    /// The member of staff's session stamp: every sign-in cookie carries the stamp it was issued under, and a request
    /// whose stamp is no longer this one is refused. A new password, <see cref="EndSessions"/> and disabling change it.
    /// </summary>
    Task<string> SessionStamp();

    /// <summary>Ends every open session of this member of staff, on every silo, from their next request.</summary>
    Task EndSessions();

    /// <summary>A leaver: every session ends and sign-in is refused until <paramref name="disabled"/> is false again.</summary>
    Task SetDisabled(bool disabled);

    Task<bool> IsDisabled();
}

/// <summary>The answer to a sign-in try: <see cref="RetryAfter"/> when it was not tried because it must wait that long.</summary>
[GenerateSerializer, Immutable, Alias("bg.SignInCheck")]
public sealed record SignInCheck(bool Verified, TimeSpan? RetryAfter);
