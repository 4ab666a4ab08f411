using System.Globalization;
using Actors.Contracts.Institutions;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;

namespace Actors.Benchmarks;

/// <summary>Reference data and sales made through grain calls.</summary>
internal static class GrainNetwork
{
    /// <summary>Terminals per institution. Kept small on purpose: see <see cref="RegisterTerminalsAsync"/>.</summary>
    public const int TerminalsPerInstitution = 100;

    public static string InstitutionId(int i) => "SB-" + i.ToString("D5", CultureInfo.InvariantCulture);
    public static string TerminalId(string prefix, int i) => prefix + i.ToString("D6", CultureInfo.InvariantCulture);

    public static async Task RegisterInstitutionsAsync(IGrainFactory grains, int count)
    {
        var branch = await BankRoot.BranchAsync(grains, "BR-BENCH", "Benchmark branch");
        await Bounded.ForAsync(count, 32, async i =>
        {
            var result = await grains.GetGrain<IInstitutionGrain>(InstitutionId(i)).Register(new InstitutionRegistration($"Sub-branch {i}", InstitutionKind.SubBranch, branch));
            if (result.Refusal is not null)
            {
                throw new InvalidOperationException($"institution {i}: {result.Refusal.Detail.En}");
            }
        });
    }

    /// <summary>
    /// Registers terminals <paramref name="from"/>..<paramref name="to"/>-1 (each arms its 30-day clock: a reminder row),
    /// <see cref="TerminalsPerInstitution"/> per institution. The institution grain rewrites its whole member set on
    /// every AddMember, so one institution with 100,000 terminals would cost O(n²) bytes written; a realistic network
    /// spreads terminals over many sub-branches, and so does this benchmark.
    /// </summary>
    public static Task<double> RegisterTerminalsAsync(IGrainFactory grains, string prefix, int from, int to, int concurrency) =>
        Bounded.ForAsync(to - from, concurrency, async k =>
        {
            var i = from + k;
            var result = await grains.GetGrain<ITerminalGrain>(TerminalId(prefix, i))
                .Register(new TerminalRegistration(InstitutionId(i / TerminalsPerInstitution), "Merchant " + i, null, "M-1", SignedUpAt));
            if (result.Refusal is not null)
            {
                throw new InvalidOperationException($"terminal {i}: {result.Refusal.Detail.En}");
            }
        });

    /// <summary>
    /// Sign-up a day ago, so a sale "a minute ago" moves the inactivity instant later and (as designed) writes no
    /// reminder: the clock stays armed at sign-up + 30 days and re-arms lazily when it fires.
    /// </summary>
    public static DateTimeOffset SignedUpAt => DateTimeOffset.UtcNow.AddDays(-1);

    /// <summary>A business timestamp a minute ago, in China Standard Time as upstream sends it.</summary>
    public static DateTimeOffset RecentAt() => DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(8));

    public static async Task ApplySaleAsync(IGrainFactory grains, string terminalId)
    {
        var outcome = await grains.GetGrain<ITerminalGrain>(terminalId)
            .ApplySale(new PosSale(Guid.NewGuid().ToString("N"), terminalId, 12.34m, RecentAt()));
        if (outcome.Status != OutcomeStatus.Applied)
        {
            throw new InvalidOperationException($"sale on {terminalId}: {outcome.Status} {outcome.Detail}");
        }
    }
}
