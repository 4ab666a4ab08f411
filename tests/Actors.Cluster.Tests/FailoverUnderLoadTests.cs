using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Actors.Cluster.Tests.Support;
using Actors.Contracts.Collections;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Contracts.Terminals;
using Actors.Domain.Loans;
using Xunit.Abstractions;

namespace Actors.Cluster.Tests;

/// <summary>
/// kill -9 of one silo of three while the upstream systems post transactions: what was acknowledged counts exactly
/// once, a clock that came due while the silo was dead fires after the cluster recovers, and the wall board and lobby
/// screens, whose grains lived on the dead silo, come back equal to what the loans and the lobby hold.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FailoverUnderLoadTests(PostgresFixture postgres, ITestOutputHelper log)
{
    private const int SaleTerminals = 8;
    private const int Clients = 4;
    private const int ClockTerminals = 6;
    private const int TicketsBeforeKill = 3;
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan DueAfterKill = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LoadAfterKill = TimeSpan.FromSeconds(14);
    private static readonly TimeSpan InactivityPeriod = TimeSpan.FromDays(30);

    private readonly Stopwatch _watch = Stopwatch.StartNew();

    [Fact]
    public async Task A_silo_killed_under_load_loses_no_acknowledged_transaction_counts_none_twice_and_its_clocks_and_screens_recover()
    {
        await using var grid = await ThreeSiloGrid.StartAsync(postgres.Server, log);
        var viaA = grid.Http(grid.A);

        // The network, registered through A: a head office (its own collections room) and a sub-branch with a lobby;
        // clients with an overdue (M1) loan each; terminals for the sales.
        var headOffice = BankNetwork.NewId("ho");
        var branch = BankNetwork.NewId("br");
        var manager = BankNetwork.NewId("mgr");
        await viaA.Branch(headOffice);
        await viaA.SubBranch(branch, headOffice);
        await viaA.Manager(manager, headOffice);
        var clients = Enumerable.Range(0, Clients).Select(_ => BankNetwork.NewId("cli")).ToList();
        var loans = clients.ToDictionary(c => c, _ => BankNetwork.NewId("loan"));
        foreach (var client in clients)
        {
            await viaA.CorporateClient(client, headOffice, manager);
            await viaA.OverdueLoan(loans[client], headOffice, client);
        }
        var terminals = Enumerable.Range(0, SaleTerminals).Select(_ => BankNetwork.NewId("pos")).ToList();
        foreach (var terminal in terminals)
        {
            await viaA.Terminal(terminal, headOffice, manager);
        }
        var outstandingBefore = new Dictionary<string, decimal>();
        foreach (var loan in loans.Values)
        {
            outstandingBefore[loan] = (await viaA.Read($"api/loans/{loan}"))["outstanding"]!.GetValue<decimal>();
        }

        // The wall board is opened from C; whichever silo hosts its grain is the one to die.
        var boardBefore = await grid.Http(grid.C).Read<BoardView>($"api/collections/rooms/{headOffice}");
        Assert.Equal(Clients, boardBefore.Stages.Single(s => s.Stage == LoanStage.M1).Loans);
        await using var locator = await GrainLocator.ConnectAsync(grid);
        var victim = (await locator.HostsOf<ICollectionsBoardGrain>([headOffice], grid.All)).GetValueOrDefault(headOffice) ?? grid.C;
        var survivors = grid.All.Where(s => s != victim).ToList();
        var viaVictim = grid.Http(victim);

        // The lobby takes its first tickets through the dying silo.
        var ticketsBefore = new List<string>();
        for (var i = 0; i < TicketsBeforeKill; i++)
        {
            ticketsBefore.Add(await viaVictim.IssueTicket(branch));
        }

        // A browser on a survivor watches the board and the lobby through the failover.
        await using var browser = await BrowserScreens.ConnectAsync(survivors[0].BaseAddress, grid.Cookies);
        await browser.WatchBoard(headOffice);
        Assert.Equal(ticketsBefore.Order(), (await browser.WatchLobby(branch)).Tickets.Select(t => t.TicketId).Order());

        // Terminals that have never sold: each goes inactive 30 days after sign-up, set to fall just after the kill.
        var killAt = DateTimeOffset.UtcNow + KillAfter;
        var dueAt = TruncatedToMilliseconds(killAt + DueAfterKill);
        var clockTerminals = Enumerable.Range(0, ClockTerminals).Select(_ => BankNetwork.NewId("idle")).ToList();
        foreach (var terminal in clockTerminals)
        {
            await viaVictim.Terminal(terminal, headOffice, manager, signedUpAt: dueAt - InactivityPeriod);
        }
        var onVictim = await CountOnVictim(locator, victim, grid, headOffice, branch, clockTerminals, terminals, clients, loans.Values);
        Log($"victim {victim.Name} (silo {victim.SiloPort}) hosts {onVictim}; screens watched on {survivors[0].Name}");

        // The load, round-robin over all three silos; the victim is killed in the middle of it.
        var loadFor = killAt - DateTimeOffset.UtcNow + LoadAfterKill;
        Assert.True(loadFor > LoadAfterKill + TimeSpan.FromSeconds(3), $"setup took too long: only {loadFor} of load left");
        var feed = new UpstreamFeed([.. grid.All.Select(grid.Http)], random => NextTransaction(random, terminals, clients, loans));
        var load = feed.RunAsync(loadFor, workers: 6, pace: TimeSpan.FromMilliseconds(50), retryFor: TimeSpan.FromSeconds(60));
        await Task.Delay(Until(killAt));
        victim.Kill();
        var killedAt = _watch.Elapsed;
        var killedWall = DateTime.UtcNow;
        Log($"killed {victim.Name} with kill -9");
        await Patiently.Until(() => grid.SiloPortsWithStatus(MembershipStatus.Dead), p => p.Contains(victim.SiloPort), $"{victim.Name} is declared dead", TimeSpan.FromSeconds(90));
        Log($"{victim.Name} declared dead {(_watch.Elapsed - killedAt).TotalSeconds:0.0} s after the kill");
        await load;
        Log($"load done: {feed.Summary}");
        Log($"exceptions in the survivors' recent output: {ExceptionsLogged(survivors)}");

        // Every transaction was acknowledged in the end, none refused by a rule.
        Assert.Empty(feed.Refused);
        Assert.Empty(feed.Unacknowledged);
        var acknowledged = feed.Acknowledged;
        var viaSurvivor = grid.Http(survivors[1]);

        // Exactly once: each entity's totals equal what was acknowledged for it.
        foreach (var terminal in terminals)
        {
            var sales = acknowledged.Where(t => t.EntityId == terminal).ToList();
            var snapshot = await Eventually(() => viaSurvivor.Read($"api/terminals/{terminal}"));
            Assert.Equal((sales.Count, sales.Sum(t => t.Amount)), (snapshot["salesCount"]!.GetValue<int>(), snapshot["salesAmount"]!.GetValue<decimal>()));
        }
        foreach (var client in clients)
        {
            var loan = loans[client];
            var deposited = acknowledged.Where(t => t.EntityId == client).Sum(t => t.Amount);
            var repaid = acknowledged.Where(t => t.EntityId == loan).Sum(t => t.Amount);
            var loanNow = await Eventually(() => viaSurvivor.Read($"api/loans/{loan}"));
            var clientNow = await Eventually(() => viaSurvivor.Read($"api/clients/{client}"));
            Assert.Equal(outstandingBefore[loan] - repaid, loanNow["outstanding"]!.GetValue<decimal>());
            Assert.Equal((deposited, loanNow["outstanding"]!.GetValue<decimal>()),
                (clientNow["depositBalance"]!.GetValue<decimal>(), clientNow["loanBalance"]!.GetValue<decimal>()));
        }
        Log("every entity's totals equal its acknowledged transactions");

        // The wall board (its grain re-activated on a survivor) shows every acknowledged repayment, and equals the board
        // rebuilt from the loans' own state.
        var repaidInRoom = acknowledged.Where(t => t.Type == "repayment").Sum(t => t.Amount);
        var wall = await Patiently.Until(() => viaSurvivor.Read<BoardView>($"api/collections/rooms/{headOffice}"),
            b => b.CollectedToday == boardBefore.CollectedToday + repaidInRoom, "the wall board shows every acknowledged repayment", TimeSpan.FromSeconds(30));
        var rebuilt = await viaSurvivor.Read<BoardView>($"api/collections/rooms/{headOffice}/rebuild", HttpMethod.Post);
        Assert.Equal(Sections(rebuilt), Sections(wall));
        var m1 = rebuilt.Stages.Single(s => s.Stage == LoanStage.M1);
        Assert.Equal((Clients, outstandingBefore.Values.Sum() - repaidInRoom), (m1.Loans, m1.Outstanding));
        var boardHostNow = (await locator.HostsOf<ICollectionsBoardGrain>([headOffice], grid.All)).GetValueOrDefault(headOffice);
        Log($"wall board equals its rebuild; its grain now lives on {boardHostNow?.Name ?? "?"}");
        Assert.NotEqual(victim, boardHostNow);

        // The browser on the survivor converges to the same board, and its lobby to the lobby's own state.
        try
        {
            await Patiently.Until(() => Task.FromResult(Sections(browser.Board(headOffice))), s => s == Sections(rebuilt),
                "the board screen on the survivor equals the rebuilt board", TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            Log($"board screen seq {browser.Board(headOffice).Seq}, rebuilt seq {rebuilt.Seq}, rejoins {browser.Rejoins}; deltas after the kill:");
            foreach (var arrival in browser.Arrivals.Where(a => a.At > killedWall))
            {
                Log($"  {arrival.At:HH:mm:ss.fff} {arrival.Kind} {arrival.Delta}");
            }
            foreach (var survivor in survivors)
            {
                Log($"--- {survivor.Name} output ---\n{survivor.Output}");
            }
            throw;
        }
        var ticketAfter = await viaSurvivor.IssueTicket(branch);
        List<string> allTickets = [.. ticketsBefore, ticketAfter];
        await Patiently.Until(() => Task.FromResult(browser.Lobby(branch).Tickets.Select(t => t.TicketId).Order().ToList()),
            ids => ids.SequenceEqual(allTickets.Order()), "the lobby screen shows the tickets from before the kill and after", TimeSpan.FromSeconds(15));
        var lobby = await viaSurvivor.Read<LobbyView>($"api/lobbies/{branch}");
        Assert.Equal(allTickets.Order(), lobby.Tickets.Select(t => t.TicketId).Order());
        Log($"screens on {survivors[0].Name} converged ({browser.Arrivals.Count} deltas received, {browser.Rejoins} rejoins)");

        // The clocks that came due while the victim was dead (or its directory entries stale) fire once, at the rule's instant.
        var idle = await Patiently.Until(() => Task.WhenAll(clockTerminals.Select(t => viaSurvivor.Read<TerminalSnapshot>($"api/terminals/{t}"))),
            all => all.All(t => t.Inactive), "every idle terminal's clock has fired", TimeSpan.FromSeconds(150), every: TimeSpan.FromSeconds(1));
        Log($"all {ClockTerminals} idle terminals inactive {(DateTimeOffset.UtcNow - dueAt).TotalSeconds:0} s after their instant");
        Assert.All(idle, t => Assert.Equal(dueAt, t.InactiveSince));
        Assert.All(idle, t => Assert.Null(t.NextClockAt));
        Assert.Equal(0, await grid.ClockRowsOf(clockTerminals));
    }

    private static SentTransaction NextTransaction(Random random, List<string> terminals, List<string> clients, Dictionary<string, string> loans)
    {
        var id = BankNetwork.NewId("tx");
        var at = DateTimeOffset.UtcNow.AddSeconds(-1);
        // Repayments stay far below each loan's overdue installment (~1,033 CNY), so every loan stays in M1 and every
        // repayment is a collection on the room's board.
        return random.Next(4) switch
        {
            0 or 1 => new(id, "posSale", "terminalId", terminals[random.Next(terminals.Count)], random.Next(100, 50_000) / 100m, at),
            2 => new(id, "deposit", "clientId", clients[random.Next(clients.Count)], random.Next(10_000, 500_000) / 100m, at),
            _ => new(id, "repayment", "loanId", loans[clients[random.Next(clients.Count)]], random.Next(1, 150) / 100m, at),
        };
    }

    private static async Task<string> CountOnVictim(GrainLocator locator, SiloProcess victim, ThreeSiloGrid grid, string headOffice, string branch,
        List<string> clockTerminals, List<string> terminals, List<string> clients, IEnumerable<string> loans)
    {
        async Task<string> Count<TGrain>(string what, IReadOnlyCollection<string> keys) where TGrain : IGrainWithStringKey =>
            $"{(await locator.HostsOf<TGrain>(keys, grid.All)).Values.Count(s => s == victim)}/{keys.Count} {what}";
        return string.Join(", ",
            await Count<ICollectionsBoardGrain>("wall board", [headOffice]),
            await Count<ILobbyGrain>("lobby", [branch]),
            await Count<ITerminalGrain>("idle terminals", clockTerminals),
            await Count<ITerminalGrain>("selling terminals", terminals),
            await Count<Actors.Contracts.Clients.IClientGrain>("clients", clients),
            await Count<Actors.Contracts.Loans.ILoanGrain>("loans", [.. loans]));
    }

    /// <summary>Which exception types the silos wrote about (their last lines), and how often: the failover's footprint.</summary>
    private static string ExceptionsLogged(IEnumerable<SiloProcess> silos)
    {
        var counts = silos.SelectMany(s => Regex.Matches(s.Output, @"\b(?!Inner|Throw)[A-Z][A-Za-z]+Exception\b").Select(m => m.Value))
            .GroupBy(name => name).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}");
        return string.Join(", ", counts) is { Length: > 0 } list ? list : "none";
    }

    /// <summary>What a wall board shows, without its seq and instant (a rebuild and a re-activation number afresh).</summary>
    private static string Sections(BoardView board) =>
        JsonSerializer.Serialize(new { board.Stages, board.PromisesDueNextHour, board.BrokenPromisesToday, board.CollectedToday, board.Collectors }, BankNetwork.Wire);

    /// <summary>Reads through a survivor; a call may still be refused while the cluster re-forms.</summary>
    private static Task<T> Eventually<T>(Func<Task<T>> read) => Patiently.Until(read, _ => true, "a survivor answers", TimeSpan.FromSeconds(60));

    private static TimeSpan Until(DateTimeOffset instant) => instant - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;

    private static DateTimeOffset TruncatedToMilliseconds(DateTimeOffset instant) =>
        new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerMillisecond, instant.Offset);

    private void Log(string line) => log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_watch.Elapsed:mm\\:ss\\.f}] {line}"));
}
