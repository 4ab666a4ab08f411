using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Actors.Benchmarks.Latency;

/// <summary>
/// How the benchmarks get in, as a real deployment does: every silo they start is configured with a first
/// administrator (management department of a head office, so the whole bank is in scope) and an upstream key made
/// for this run. The administrator's password is read from the first start's console; its sign-in cookie goes in one
/// cookie jar for 127.0.0.1, which every silo of a cluster accepts (one Data Protection key ring in the store).
/// </summary>
internal static partial class BenchStaff
{
    public const string AdministratorId = "BENCH-MD";

    /// <summary>The core banking system's key for POST /api/transactions, new for each benchmark process.</summary>
    public static string UpstreamKey { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Cookies ignore ports: one jar serves every silo on 127.0.0.1.</summary>
    public static CookieContainer Cookies { get; } = new();

    public static IReadOnlyDictionary<string, string> SiloSettings { get; } = new Dictionary<string, string>
    {
        ["Grid:FirstAdministrator:StaffId"] = AdministratorId,
        ["Grid:FirstAdministrator:InstitutionId"] = GridHttp.HeadOffice,
        ["Grid:Upstream:Key"] = UpstreamKey,
    };

    /// <summary>The administrator's password if <paramref name="line"/> is the one the first start printed.</summary>
    public static string? PasswordIn(string line) => PasswordLine().Match(line) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Signs the administrator in on <paramref name="silo"/> (one that printed the password), filling <see cref="Cookies"/>.</summary>
    public static async Task SignInAsync(SiloChild silo)
    {
        var password = silo.AdministratorPassword
            ?? throw new InvalidOperationException($"{silo.Name} printed no first-administrator password (not the first start of its store?):\n{silo.Output}");
        using var http = GridHttp.Client(silo.BaseAddress, connections: 1);
        await GridHttp.PostAsync(http, "/api/auth/sign-in", $$"""{"login":"{{AdministratorId}}","password":"{{password}}"}""");
    }

    [GeneratedRegex($@"login {AdministratorId} password (\S+)")]
    private static partial Regex PasswordLine();
}
