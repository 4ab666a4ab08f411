namespace Actors.Domain.Staff;

/// <summary>
/// Guessing a password is slowed, not stopped: after <see cref="FreeFailures"/> wrong passwords in a row from one address
/// for one login, each further try from there waits twice as long as the last (1 s, 2 s, 4 s … at most
/// <see cref="Longest"/>), and a right password ends it. Counted per login and address, so a stranger's guesses do not
/// lock the real person out from their own desk; the sign-in route's rate limits stop guesses from many addresses.
/// (our default; issue 12: no hard lock anyone can trigger)
/// </summary>
public static class SignInLockout
{
    public const int FreeFailures = 3;

    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);

    /// <summary>How long after the last failure the next try waits, after <paramref name="failuresInARow"/> failures.</summary>
    public static TimeSpan DelayAfter(int failuresInARow) => failuresInARow < FreeFailures
        ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failuresInARow - FreeFailures), Longest.TotalSeconds));

    /// <summary>How long a try at <paramref name="now"/> must still wait; null when it may go ahead.</summary>
    public static TimeSpan? Wait(int failuresInARow, DateTimeOffset? lastFailure, DateTimeOffset now) =>
        lastFailure is { } last && last + DelayAfter(failuresInARow) - now is { } left && left > TimeSpan.Zero ? left : null;
}
