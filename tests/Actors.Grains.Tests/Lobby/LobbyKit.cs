using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Lobby;
using Actors.Grains.Tests.Support;
using Orleans.Streams;

namespace Actors.Grains.Tests.Lobby;

/// <summary>A fresh branch with its lobby, at 09:00 of a new business day, and what the lobby's screen stream carried.</summary>
internal sealed class LobbyKit : IAsyncDisposable
{
    private readonly ConcurrentQueue<LobbyDelta> _deltas = new();
    private StreamSubscriptionHandle<LobbyDelta>? _subscription;

    private LobbyKit(GridCluster grid, Network network)
    {
        Grid = grid;
        Network = network;
        Lobby = grid.Client.GetGrain<ILobbyGrain>(network.InstitutionId);
    }

    public GridCluster Grid { get; }
    public Network Network { get; }
    public ILobbyGrain Lobby { get; }
    public DateTimeOffset Morning { get; private set; }
    public IReadOnlyList<LobbyDelta> Deltas => [.. _deltas];

    /// <summary>
    /// The shared fake clock only moves forward and other tests move it by days: each lobby test starts at the next
    /// 09:00 China Standard Time, so no test's minutes straddle a midnight by accident.
    /// </summary>
    public static async Task<LobbyKit> OpenAsync(GridCluster grid)
    {
        var kit = new LobbyKit(grid, await Network.CreateAsync(grid.Client));
        var today = grid.Clock.Today();
        kit.Morning = Cst.At(today, 9) > grid.Clock.GetUtcNow() ? Cst.At(today, 9) : Cst.At(today.AddDays(1), 9);
        grid.Clock.AdvanceTo(kit.Morning);
        var stream = grid.Client.GetStreamProvider(GridStreams.ProviderName).GetStream<LobbyDelta>(ScreenStreams.Lobby(kit.Network.InstitutionId));
        kit._subscription = await stream.SubscribeAsync((delta, _) =>
        {
            kit._deltas.Enqueue(delta);
            return Task.CompletedTask;
        });
        return kit;
    }

    public void At(TimeSpan sinceMorning) => Grid.Clock.AdvanceTo(Morning + sinceMorning);

    public static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);

    public async Task<TicketView> Ticket(ServiceType service, string? clientId = null, decimal? amount = null, params CustomerDeclaration[] declared) =>
        Ok(await Lobby.IssueTicket(new TicketRequest(service, clientId, amount, declared)));

    public async Task<DeskView> Desk(string deskId, DeskKind kind, params ServiceType[] services) =>
        Ok(await Lobby.OpenDesk(new DeskOpening(deskId, deskId, kind, services)));

    public async Task<TicketView?> CallNext(string deskId) => Ok(await Lobby.CallNext(deskId)).Ticket;

    public async Task<TicketView> View(string ticketId) =>
        Assert.Single((await Lobby.GetView())!.Tickets, t => t.TicketId == ticketId);

    /// <summary>Waits until a delta satisfies the condition (streams deliver asynchronously); returns it.</summary>
    public async Task<LobbyDelta> Delta(Func<LobbyDelta, bool> condition, string what, bool nudge = false) =>
        (await Eventually.Until(() => Task.FromResult(Deltas.Where(condition).ToList()), d => d.Count > 0, what, nudge ? Grid.Clock : null))[0];

    public static T Ok<T>(Outcome<T> result)
    {
        Assert.True(result.Refusal is null, $"refused: {result.Refusal}");
        return result.Value!;
    }

    public static void Refused<T>(RefusalKind refusal, Outcome<T> result, string? field = null)
    {
        Assert.Equal(refusal, result.Refusal?.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal!.Detail.En));
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal.Detail.Zh));
        Assert.Equal(field, result.Refusal.Field);
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscription is not null)
        {
            await _subscription.UnsubscribeAsync();
        }
    }
}
