using System.Security.Cryptography;
using Actors.Contracts.Staff;

namespace Actors.Hosting.Bootstrap;

/// <summary>
/// First passwords made at start (demo users, the first administrator): random, set only where none exists, and
/// written once to the console, never to a file, log or commit.
/// </summary>
public static class OneTimePasswords
{
    /// <summary>The keyed <see cref="TextWriter"/> first passwords are shown on: the console, unless a test gives another.</summary>
    public const string ConsoleKey = "bg.one-time-passwords";

    /// <summary>Gives <paramref name="staffId"/> a random first password; the password when this call set it, null when one existed.</summary>
    public static async Task<string?> GiveFirstAsync(IGrainFactory grains, string staffId)
    {
        var password = New();
        var result = await grains.GetGrain<IStaffCredentialGrain>(staffId).SetFirstPassword(password);
        return result is null ? password : null;
    }

    /// <summary>
    /// Straight to the console, not the logger: log sinks keep what they write, and these must be seen once only.
    /// Nothing is written when <paramref name="lines"/> is empty (a restart).
    /// </summary>
    public static void Show(TextWriter console, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }
        console.WriteLine(heading);
        foreach (var line in lines)
        {
            console.WriteLine(line);
        }
    }

    /// <summary>16 characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 93 bits.</summary>
    private static string New() =>
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
}
