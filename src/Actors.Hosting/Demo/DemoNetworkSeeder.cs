using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Domain.Loans;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Actors.Hosting.Demo;

/// <summary>
/// Loads a small branch network into an empty store: one branch with two sub-branches, their client managers,
/// clients (one of them Gold), POS terminals and loans in every state, and the staff the simulated day needs (a lobby
/// manager and collectors in each sub-branch, a collector for the central room) and one user per role who can sign in. Deterministic (fixed seed), and it goes through the same grain
/// calls as the API, so the demo shows the real rules at work.
/// </summary>
public sealed partial class DemoNetworkSeeder(IGrainFactory grains, BankRules rules, ILogger<DemoNetworkSeeder> logger) : IStartupTask
{
    private static readonly string[] Surnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"];
    private static readonly string[] Trades = ["Noodle House", "Hardware", "Tea Shop", "Pharmacy", "Bakery", "Stationery", "Fruit Market", "Print Shop"];

    public async Task Execute(CancellationToken cancellationToken)
    {
        var directory = grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key);
        if ((await directory.List()).Count > 0)
        {
            return;
        }
        var random = new Random(20261123);
        var now = rules.Now;
        await Register("HO", new InstitutionRegistration("Head Office 总行", InstitutionKind.HeadOffice, null));
        await Register("BR-SZ", new InstitutionRegistration("Shenzhen Branch 深圳分行", InstitutionKind.Branch, "HO"));
        string[] subBranches = ["SB-FT", "SB-NS"];
        await Register("SB-FT", new InstitutionRegistration("Futian Sub-branch 福田支行", InstitutionKind.SubBranch, "BR-SZ"));
        await Register("SB-NS", new InstitutionRegistration("Nanshan Sub-branch 南山支行", InstitutionKind.SubBranch, "BR-SZ"));

        var sequence = 0;
        foreach (var institution in subBranches)
        {
            var managers = new List<string>();
            for (var m = 1; m <= 3; m++)
            {
                var managerId = $"{institution}-CM{m}";
                managers.Add(managerId);
                await grains.GetGrain<IManagerGrain>(managerId).Register(new(institution, $"{Surnames[random.Next(Surnames.Length)]} CM{m}", [StaffRole.ClientManager]));
            }
            for (var c = 1; c <= 12; c++)
            {
                sequence++;
                var clientId = $"{institution}-C{c:00}";
                var since = rules.Today.AddMonths(-random.Next(1, 48));
                var name = $"{Surnames[random.Next(Surnames.Length)]} {Trades[random.Next(Trades.Length)]}";
                var manager = managers[c % managers.Count];
                await grains.GetGrain<IClientGrain>(clientId).Register(new(institution, name, ClientKind.Corporate, since, manager, random.Next(0, 50) * 1000m));
                await grains.GetGrain<IClientGrain>(clientId).ApplyMovement(
                    new($"seed-dep-{clientId}", clientId, AccountMovementKind.Deposit, random.Next(1, 800) * 10_000m, now));

                var terminalId = $"{institution}-T{c:00}";
                await grains.GetGrain<ITerminalGrain>(terminalId).Register(new(institution, name, clientId, manager, now.AddDays(-random.Next(0, 90))));
                if (c % 4 != 0)
                {
                    // Three terminals in four sold recently; the fourth is left to go (or stay) inactive.
                    await grains.GetGrain<ITerminalGrain>(terminalId).ApplySale(new($"seed-sale-{terminalId}", terminalId, random.Next(20, 2000), now.AddHours(-random.Next(1, 120))));
                }
                if (c % 3 != 0)
                {
                    await SeedLoan($"{institution}-L{c:00}", institution, clientId, monthsAgo: 1 + (sequence % 5), random, now);
                }
            }
        }
        await DemoRoster.EnsureAsync(grains, subBranches);
        await DemoUsers.EnsureAsync(grains, "BR-SZ", "SB-FT", Console.Out);
        foreach (var institution in subBranches)
        {
            await SeedGoldClient(institution, now);
        }
        await DemoBackOffice.EnsureAsync(grains, rules, "BR-SZ", subBranches);
        LogSeeded(logger);
    }

    /// <summary>A long-standing client with Gold-tier deposits in each sub-branch: the lobby's known premium customer.</summary>
    private async Task SeedGoldClient(string institution, DateTimeOffset now)
    {
        var clientId = $"{institution}-C13";
        var client = grains.GetGrain<IClientGrain>(clientId);
        await client.Register(new(institution, "Zhou Holdings", ClientKind.Corporate, rules.Today.AddYears(-5), $"{institution}-CM1", 0m));
        await client.ApplyMovement(new($"seed-dep-{clientId}", clientId, AccountMovementKind.Deposit, 6_800_000m, now));
    }

    private Task Register(string id, InstitutionRegistration registration) => grains.GetGrain<IInstitutionGrain>(id).Register(registration);

    /// <summary>A loan disbursed some months ago; some borrowers have paid what fell due, some have not, so every stage shows.</summary>
    private async Task SeedLoan(string loanId, string institution, string clientId, int monthsAgo, Random random, DateTimeOffset now)
    {
        var disbursedOn = rules.Today.AddMonths(-monthsAgo);
        while (LoanSchedule.RefusalReason(disbursedOn, rules.Calendar, rules.Options.Loans) is not null)
        {
            disbursedOn = disbursedOn.AddDays(-1);
        }
        var loan = grains.GetGrain<ILoanGrain>(loanId);
        var result = await loan.Register(new(institution, clientId, random.Next(5, 60) * 10_000m, 0.0435m, 12, disbursedOn));
        if (result.Value is not { } snapshot || random.Next(3) == 0)
        {
            return;
        }
        var due = snapshot.Installments.Where(i => i.DueDate < rules.Today).Sum(i => i.Amount);
        if (due > 0)
        {
            await loan.ApplyRepayment(new($"seed-rep-{loanId}", loanId, due, now));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo branch network loaded into the empty store")]
    private static partial void LogSeeded(ILogger logger);
}
