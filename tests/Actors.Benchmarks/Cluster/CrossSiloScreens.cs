using System.Globalization;
using Actors.Benchmarks.Latency;
using Actors.Benchmarks.Screens;
using Actors.Contracts.Lobby;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// Transaction → screen latency across silos: every lobby is watched by one screen on each silo; kiosk tickets are
/// posted round robin to the silos; afterwards each lobby grain is located, and each (ticket, screen) sample is
/// filed as same-silo (the screen's silo holds the lobby grain) or cross-silo.
/// </summary>
internal static class CrossSiloScreens
{
    public sealed record Result(double OfferedPerSecond, double SentPerSecond, int Failed, int Lobbies, IReadOnlyList<int> LobbiesPerSilo,
        Percentiles Same, Percentiles Cross, int Missing, int Resyncs);

    public static async Task<Result> RunAsync(IReadOnlyList<SiloChild> silos, IReadOnlyList<HttpClient> http, GridLocator locator,
        int lobbies, double perSecond, TimeSpan duration)
    {
        var branches = Enumerable.Range(0, lobbies).Select(i => "LB-" + i.ToString("D2", CultureInfo.InvariantCulture)).ToList();
        await Bounded.ForAsync(branches.Count, 4, i => GridHttp.RegisterBranchAsync(http[i % http.Count], branches[i], "HO"));
        var screens = new LobbyScreen[branches.Count * silos.Count];
        try
        {
            await Bounded.ForAsync(screens.Length, 8, async i =>
                screens[i] = await LobbyScreen.ConnectAsync(silos[i % silos.Count].BaseAddress, branches[i / silos.Count]));
            await KioskLoad.RunAsync(http, branches, perSecond, TimeSpan.FromSeconds(2));
            var run = await KioskLoad.RunAsync(http, branches, perSecond, duration);
            await Task.Delay(TimeSpan.FromSeconds(2));

            var siloOfPort = silos.Select((s, i) => (s.SiloPort, i)).ToDictionary(p => p.SiloPort, p => p.i);
            var home = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var branch in branches)
            {
                home[branch] = await locator.SiloPortOf<ILobbyGrain>(branch) is { } port && siloOfPort.TryGetValue(port, out var index) ? index : -1;
            }
            var same = new List<double>();
            var cross = new List<double>();
            var missing = 0;
            var screensOf = screens.ToLookup(s => s.BranchId, StringComparer.Ordinal);
            // A lobby the cluster could not locate (not active any more) cannot be filed either way; its samples are left out.
            foreach (var ticket in run.Tickets.Where(t => t.TicketId is not null && home[t.BranchId] >= 0))
            {
                foreach (var screen in screensOf[ticket.BranchId])
                {
                    if (!screen.PushSeen.TryGetValue(ticket.TicketId!, out var shown))
                    {
                        missing++;
                        continue;
                    }
                    (silos[home[ticket.BranchId]].BaseAddress == screen.Silo ? same : cross).Add(Clock.Ms(ticket.SentAt, shown));
                }
            }
            var perSilo = Enumerable.Range(0, silos.Count).Select(i => home.Values.Count(h => h == i)).ToList();
            return new Result(perSecond, run.SentPerSecond, run.Tickets.Count - run.Succeeded, lobbies, perSilo,
                Percentiles.Of(same), Percentiles.Of(cross), missing, screens.Sum(s => s.Resyncs));
        }
        finally
        {
            foreach (var s in screens.Where(s => s is not null))
            {
                await s.DisposeAsync();
            }
        }
    }
}
