using System.Diagnostics;
using System.Globalization;
using Actors.Cluster.Tests.Support;
using Actors.Contracts.Collections;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Xunit.Abstractions;

namespace Actors.Cluster.Tests;

/// <summary>
/// The aggregating screens after kill -9 of the silo hosting them: the wall board is re-activated on a survivor and
/// rebuilt from the loans' own state, the lobby from its own stored state, and a browser watching them on a survivor
/// catches up with no further change needed to wake it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ScreensAfterFailoverTests(PostgresFixture postgres, ITestOutputHelper log)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    [Fact]
    public async Task Screens_whose_grains_died_with_their_silo_come_back_on_a_survivor_equal_to_the_loans_and_the_lobby()
    {
        await using var grid = await ThreeSiloGrid.StartAsync(postgres.Server, log);
        var viaC = grid.Http(grid.C);
        var headOffice = BankNetwork.NewId("ho");
        var branch = BankNetwork.NewId("br");
        var manager = BankNetwork.NewId("mgr");
        var client = BankNetwork.NewId("cli");
        var loan = BankNetwork.NewId("loan");
        await viaC.Branch(headOffice);
        await viaC.SubBranch(branch, headOffice);
        await viaC.Manager(manager, headOffice);
        await viaC.CorporateClient(client, headOffice, manager);
        await viaC.OverdueLoan(loan, headOffice, client);

        // Board and lobby are opened from C; the silo hosting the board is the one to die (C, unless placement chose otherwise).
        var boardBefore = await viaC.Read<BoardView>($"api/collections/rooms/{headOffice}");
        await viaC.Read($"api/lobbies/{branch}");
        await using var locator = await GrainLocator.ConnectAsync(grid);
        var victim = (await locator.HostsOf<ICollectionsBoardGrain>([headOffice], grid.All)).GetValueOrDefault(headOffice) ?? grid.C;
        var lobbyOnVictim = (await locator.HostsOf<ILobbyGrain>([branch], grid.All)).GetValueOrDefault(branch) == victim;
        var survivor = grid.All.First(s => s != victim);
        var viaSurvivor = grid.Http(survivor);
        Log($"board grain on {victim.Name} (to be killed), lobby grain {(lobbyOnVictim ? "too" : "elsewhere")}; browser on {survivor.Name}");

        // Live before the kill: a repayment and a ticket reach the browser on the survivor.
        await using var browser = await BrowserScreens.ConnectAsync(survivor.BaseAddress, grid.Cookies);
        await browser.WatchBoard(headOffice);
        await browser.WatchLobby(branch);
        await viaSurvivor.Apply("repayment", "loanId", loan, 10m);
        var firstTicket = await viaSurvivor.IssueTicket(branch);
        await Patiently.Until(() => Task.FromResult(browser.Board(headOffice).CollectedToday), c => c == boardBefore.CollectedToday + 10m,
            "the first repayment shows", TimeSpan.FromSeconds(15));
        await Patiently.Until(() => Task.FromResult(browser.Lobby(branch).Tickets), t => t.Any(x => x.TicketId == firstTicket),
            "the first ticket shows", TimeSpan.FromSeconds(15));

        victim.Kill();
        await Patiently.Until(() => grid.SiloPortsWithStatus(MembershipStatus.Dead), p => p.Contains(victim.SiloPort), $"{victim.Name} is declared dead", TimeSpan.FromSeconds(90));
        Log($"{victim.Name} killed and declared dead");

        // One change each after the failover: the board is re-activated by it (on a survivor, from the loans' state) and
        // nothing else happens afterwards to wake a screen.
        await Patiently.Until(() => viaSurvivor.Apply("repayment", "loanId", loan, 20m), _ => true, "a survivor applies the repayment", TimeSpan.FromSeconds(60));
        var secondTicket = await Patiently.Until(() => viaSurvivor.IssueTicket(branch), _ => true, "a survivor issues a ticket", TimeSpan.FromSeconds(60));

        var wall = await Patiently.Until(() => viaSurvivor.Read<BoardView>($"api/collections/rooms/{headOffice}"),
            b => b.CollectedToday == boardBefore.CollectedToday + 30m, "the wall board counts both repayments", TimeSpan.FromSeconds(30));
        var rebuilt = await viaSurvivor.Read<BoardView>($"api/collections/rooms/{headOffice}/rebuild", HttpMethod.Post);
        Assert.Equal(wall.CollectedToday, rebuilt.CollectedToday);
        var boardHostNow = (await locator.HostsOf<ICollectionsBoardGrain>([headOffice], grid.All)).GetValueOrDefault(headOffice);
        Assert.NotNull(boardHostNow);
        Assert.NotEqual(victim, boardHostNow);
        Log($"board re-activated on {boardHostNow.Name}: collected today {wall.CollectedToday}");

        await Patiently.Until(() => Task.FromResult(browser.Board(headOffice).CollectedToday), c => c == wall.CollectedToday,
            "the board screen on the survivor shows the repayment made after the failover", TimeSpan.FromSeconds(15));
        await Patiently.Until(() => Task.FromResult(browser.Lobby(branch).Tickets.Select(t => t.TicketId).Order().ToList()),
            ids => ids.SequenceEqual(new[] { firstTicket, secondTicket }.Order()), "the lobby screen shows both tickets", TimeSpan.FromSeconds(15));
        Log($"screens caught up ({browser.Arrivals.Count} deltas, {browser.Rejoins} rejoins)");
    }

    private void Log(string line) => log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_watch.Elapsed:mm\\:ss\\.f}] {line}"));
}
