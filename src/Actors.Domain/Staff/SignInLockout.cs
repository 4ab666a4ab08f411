namespace Actors.Domain.Staff;

/// <summary>
/// Guessing a password is stopped at the account, whatever silo or address the guesses come from: after this many
/// wrong passwords in a row the account refuses every password, the right one included, for a while. (our default)
/// </summary>
public static class SignInLockout
{
    public const int FailuresInARow = 5;

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    /// <summary>Whether the account refuses sign-in at <paramref name="now"/>.</summary>
    public static bool IsLocked(int failuresInARow, DateTimeOffset? lastFailure, DateTimeOffset now) =>
        failuresInARow >= FailuresInARow && lastFailure is { } last && now < last + Duration;
}
