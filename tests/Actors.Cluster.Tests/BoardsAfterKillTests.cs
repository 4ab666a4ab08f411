using System.Diagnostics;
using System.Globalization;
using Actors.Cluster.Tests.Support;
using Actors.Contracts.Collections;
using Actors.Contracts.Loans;
using Actors.Contracts.Screens;
using Actors.Domain.Loans;
using Xunit.Abstractions;

namespace Actors.Cluster.Tests;

/// <summary>
/// kill -9 of a silo while repayments flow to overdue loans, the collections boards living on the survivors: the
/// boards' feed (<c>LoanCollectionsChanged</c>) goes through the outbox, so what the dead silo's loans committed but
/// never published, and what its stream queues held, reaches the boards afterwards. No board is rebuilt or re-activated:
/// their totals come to equal what the loans' own states say.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BoardsAfterKillTests(PostgresFixture postgres, ITestOutputHelper log)
{
    private const int Rooms = 2;
    private const int LoansPerRoom = 4;
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LoadAfterKill = TimeSpan.FromSeconds(6);

    private readonly Stopwatch _watch = Stopwatch.StartNew();

    [Fact]
    public async Task After_a_silo_is_killed_under_repayments_every_collections_board_equals_its_loans_without_a_rebuild()
    {
        await using var grid = await ThreeSiloGrid.StartAsync(postgres.Server, log);
        var viaA = grid.Http(grid.A);

        // Two branches, each its own collections room, with overdue (M1) loans.
        var manager = BankNetwork.NewId("mgr");
        var rooms = Enumerable.Range(0, Rooms).Select(_ => BankNetwork.NewId("ho")).ToList();
        var loansOf = new Dictionary<string, List<string>>();
        foreach (var room in rooms)
        {
            await viaA.Branch(room);
        }
        await viaA.Manager(manager, rooms[0]);
        foreach (var room in rooms)
        {
            loansOf[room] = [];
            for (var i = 0; i < LoansPerRoom; i++)
            {
                var client = BankNetwork.NewId("cli");
                var loan = BankNetwork.NewId("loan");
                await viaA.CorporateClient(client, room, manager);
                await viaA.OverdueLoan(loan, room, client);
                loansOf[room].Add(loan);
            }
        }
        var loans = loansOf.Values.SelectMany(l => l).ToList();

        // The boards are opened now; the silo to die hosts neither (so neither is re-activated and rebuilt from the
        // loans), and of those the one hosting the most loans.
        foreach (var room in rooms)
        {
            Assert.Equal(LoansPerRoom, (await viaA.Read<BoardView>($"api/collections/rooms/{room}")).Stages.Single(s => s.Stage == LoanStage.M1).Loans);
        }
        await using var locator = await GrainLocator.ConnectAsync(grid);
        var boardHosts = await locator.HostsOf<ICollectionsBoardGrain>(rooms, grid.All);
        var loanHosts = await locator.HostsOf<ILoanGrain>(loans, grid.All);
        var victim = grid.All.Where(s => !boardHosts.ContainsValue(s)).OrderByDescending(s => loanHosts.Values.Count(h => h == s)).First();
        var survivor = grid.All.First(s => s != victim);
        var viaSurvivor = grid.Http(survivor);
        Log($"boards on {string.Join(", ", boardHosts.Values.Select(s => s.Name))}; victim {victim.Name} hosts {loanHosts.Values.Count(h => h == victim)}/{loans.Count} loans");

        // Repayments round-robin over the three silos; the victim dies in the middle of them.
        var feed = new UpstreamFeed([.. grid.All.Select(grid.Http)], random => Repayment(random, loans));
        var load = feed.RunAsync(KillAfter + LoadAfterKill, workers: 4, pace: TimeSpan.FromMilliseconds(50), retryFor: TimeSpan.FromSeconds(60));
        await Task.Delay(KillAfter);
        victim.Kill();
        var killed = _watch.Elapsed;
        Log($"killed {victim.Name} with kill -9");
        await load;
        Log($"load done {(_watch.Elapsed - killed).TotalSeconds:0.0} s after the kill: {feed.Summary}");
        Assert.Empty(feed.Refused);
        Assert.Empty(feed.Unacknowledged);
        var repaid = feed.Acknowledged.GroupBy(t => t.EntityId).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));

        // What the loans' own states say each board must show.
        var states = new Dictionary<string, LoanSnapshot>();
        foreach (var loan in loans)
        {
            states[loan] = await Patiently.Until(() => viaSurvivor.Read<LoanSnapshot>($"api/loans/{loan}"), _ => true, "a survivor answers", TimeSpan.FromSeconds(60));
        }
        foreach (var room in rooms)
        {
            var expected = Expected(loansOf[room].Select(l => states[l]), loansOf[room].Sum(l => repaid.GetValueOrDefault(l)));
            string? first = null;
            var board = await Patiently.Until(() => viaSurvivor.Read<BoardView>($"api/collections/rooms/{room}"), b => (first ??= Totals(b)) is not null && Totals(b) == expected,
                $"board {room} equals its loans ({expected})", TimeSpan.FromSeconds(90), every: TimeSpan.FromSeconds(1));
            Log($"board {room} agrees {(_watch.Elapsed - killed).TotalSeconds:0.0} s after the kill: {Totals(board)}; first read: {(first == Totals(board) ? "already equal" : first)}");
        }

        // Neither board was re-activated (a re-activation rebuilds from the loans, which would prove nothing about the feed).
        var boardHostsNow = await locator.HostsOf<ICollectionsBoardGrain>(rooms, grid.All);
        Assert.Equal(boardHosts.OrderBy(h => h.Key).Select(h => h.Value.Name), boardHostsNow.OrderBy(h => h.Key).Select(h => h.Value.Name));
    }

    /// <summary>Repayments stay far below the overdue installment (~1,033 CNY), so every loan stays in M1 on its room's board.</summary>
    private static SentTransaction Repayment(Random random, List<string> loans) =>
        new(BankNetwork.NewId("tx"), "repayment", "loanId", loans[random.Next(loans.Count)], random.Next(1, 150) / 100m, DateTimeOffset.UtcNow.AddSeconds(-1));

    private static string Expected(IEnumerable<LoanSnapshot> loans, decimal collected) =>
        Describe(loans.GroupBy(l => l.Stage).Select(g => (g.Key, g.Count(), g.Sum(l => l.Outstanding), g.Sum(l => l.OverdueAmount))), collected);

    private static string Totals(BoardView board) =>
        Describe(board.Stages.Where(s => s.Loans > 0).Select(s => (s.Stage, s.Loans, s.Outstanding, s.Overdue)), board.CollectedToday);

    private static string Describe(IEnumerable<(LoanStage Stage, int Loans, decimal Outstanding, decimal Overdue)> stages, decimal collected) =>
        string.Join("; ", stages.OrderBy(s => s.Stage).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Stage} {s.Loans} loans {s.Outstanding:0.00} outstanding {s.Overdue:0.00} overdue"))) +
        string.Create(CultureInfo.InvariantCulture, $"; collected {collected:0.00}");

    private void Log(string line) => log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_watch.Elapsed:mm\\:ss\\.f}] {line}"));
}
