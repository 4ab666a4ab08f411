using Actors.Contracts.Institutions;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Grains.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Actors.Grains.Tests.Lobby.LobbyKit;

namespace Actors.Grains.Tests.Lobby;

/// <summary>The silo stops before the branch's close and starts the next morning, on the same SQLite file.</summary>
public sealed class LobbyRestartOverCloseTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(8)); // Wednesday
    private static readonly DateOnly Wednesday = new(2026, 3, 4);
    private readonly string _dataDirectory = TempDirectory.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        TempDirectory.Delete(_dataDirectory);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_silo_down_over_the_close_and_midnight_ends_the_day_by_itself_with_the_tickets_closed_unserved_in_its_figures()
    {
        const string branch = "SB-RESTART";
        var clock = new FakeTimeProvider(Morning);
        await using (var first = await GridCluster.StartAsync(_dataDirectory, clock, serviceId: "lobby-restart"))
        {
            await BankRoot.SubBranchAsync(first.Client, branch, name: "Restart Sub-branch");
            var lobby = first.Client.GetGrain<ILobbyGrain>(branch);
            Ok(await lobby.OpenDesk(new("D1", "Counter 1", DeskKind.Counter, [ServiceType.Cash], "1 号窗口")));
            foreach (var service in new[] { ServiceType.Cash, ServiceType.Cash, ServiceType.Cash, ServiceType.Wealth })
            {
                Ok(await lobby.IssueTicket(new(service, null, null, [])));
            }
            Ok(await lobby.CallNext("D1"));
            clock.AdvanceTo(Morning.AddMinutes(6));
            Ok(await lobby.CallNext("D1")); // C001 served; C002 called and never started
            clock.AdvanceTo(Morning.AddHours(9)); // 18:00, half an hour before the close: the silo stops
            Assert.Equal(4, (await lobby.GetView())!.Tickets.Count);
        }

        // Thursday 08:30: the close (18:30) and midnight came while nothing ran.
        var thursday = new FakeTimeProvider(Morning.AddDays(1).AddMinutes(-30));
        await using var second = await GridCluster.StartAsync(_dataDirectory, thursday, serviceId: "lobby-restart");
        var day = second.Client.GetGrain<ILobbyDayGrain>(ILobbyDayGrain.Key(branch, Wednesday));
        // Nobody opens the lobby: its own durable clock, due while the silo was down, ends Wednesday on recovery.
        var figures = (await Eventually.Until(day.Get, f => f is not null, "Wednesday's figures are kept", thursday))!;
        Assert.Equal(new Actors.Domain.Lobby.LobbyFigures(Issued: 4, Served: 1, NoShows: 0, NotServedAtClose: 3, Voided: 0,
            AverageWaitMinutes: 3, AverageServiceMinutes: 6, SlaBreaches: 2), figures.Total);
        Assert.Equal(Cst.At(Wednesday, 18, 30), figures.ClosesAt);
        Assert.Equal([(ServiceType.Cash, 1, 2), (ServiceType.Wealth, 0, 1)], figures.Services.Select(f => (f.Service, f.Figures.Served, f.Figures.NotServedAtClose)));

        var lobbyNow = second.Client.GetGrain<ILobbyGrain>(branch);
        var view = (await lobbyNow.GetView())!;
        Assert.Empty(view.Tickets);
        Assert.Equal((Wednesday.AddDays(1), false), (view.Day.Date, view.Day.Closed));
        var desk = Assert.Single(view.Desks);
        Assert.Equal((false, null, "1 号窗口"), (desk.Open, desk.CurrentTicketId, desk.NameZh));
        Assert.Equivalent(figures, await lobbyNow.GetDay(Wednesday), strict: true);

        Ok(await lobbyNow.OpenDesk(new("D1", "Counter 1", DeskKind.Counter, [ServiceType.Cash])));
        Assert.Equal("C001", Ok(await lobbyNow.IssueTicket(new(ServiceType.Cash, null, null, []))).Number);
        Assert.Equal("1 号窗口", Assert.Single((await lobbyNow.GetView())!.Desks).NameZh); // re-opened without a Chinese name: kept
    }
}
