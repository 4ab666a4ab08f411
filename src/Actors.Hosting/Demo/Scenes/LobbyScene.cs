using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Contracts.Transactions;
using Actors.Domain.Lobby;

namespace Actors.Hosting.Demo.Scenes;

/// <summary>
/// One lobby's day through its grain, as the kiosk and the desks would call it: desks open from 09:00, customers take
/// tickets until 16:30, a free desk calls the next customer it may serve, serves them for a while that suits the
/// service (a few do not come when called; a few enquiries are sent on to the loans queue), clerks take turns at lunch,
/// and desks close after 17:00 once nobody is left for them. A few customers still come in after that; the lobby's own
/// clock closes the day at 18:30 with them not served, keeps the day's figures at midnight, and the next day starts empty.
/// </summary>
internal sealed class LobbyScene
{
    private static readonly (ServiceType, double)[] ServiceMix =
    [
        (ServiceType.Cash, 30), (ServiceType.Remittance, 12), (ServiceType.Wealth, 10), (ServiceType.Loans, 8),
        (ServiceType.Corporate, 12), (ServiceType.AccountOpening, 8), (ServiceType.Enquiry, 20),
    ];

    private readonly DemoDay _day;
    private readonly List<LobbyDesk> _desks = LobbyDesk.StandardSet();
    private readonly Dictionary<string, TicketRequest> _requests = new(StringComparer.Ordinal);
    private bool _closing;

    public LobbyScene(DemoDay day, DemoBranch branch)
    {
        _day = day;
        Branch = branch;
        Lobby = day.Grains.GetGrain<ILobbyGrain>(branch.Id);
    }

    public DemoBranch Branch { get; }
    public ILobbyGrain Lobby { get; }
    public string Kiosk => $"{Branch.Id} kiosk";

    public void Plan()
    {
        var opening = _day.At(BranchDayTimes.Opening);
        for (var i = 0; i < _desks.Count; i++)
        {
            var desk = _desks[i];
            OpenAt(desk, _day.At(desk.OpensAt).AddSeconds(20 * i), "open");
            if (desk.LunchFrom is { } lunch)
            {
                var lunchAt = _day.At(lunch);
                _day.Plan(lunchAt, Actor(desk), "lunch", desk.Name, () =>
                {
                    if (desk.Open && !desk.Busy)
                    {
                        GoToLunch(desk, lunchAt);
                        return Task.FromResult("closes for lunch");
                    }
                    desk.LunchDue = true;
                    return Task.FromResult("after the current customer");
                });
            }
        }
        var ordinary = Branch.Clients.Where(c => c.Tier < _day.Rules.Options.Lobby.PremiumFromTier).Select(c => c.ClientId).ToList();
        var arrivals = ArrivalProcess.Instants(_day.Random, opening, _day.At(BranchDayTimes.LastArrival), _day.Options.ArrivalsPerHour, BranchDayTimes.ArrivalProfile);
        foreach (var at in arrivals)
        {
            var request = RandomCustomer(ordinary);
            _day.Plan(at, Kiosk, "ticket", request.Service.ToString(), () => Issue(request, at));
        }
        new LobbyStories(_day, this).Plan();
        LateArrivals(ordinary);
        var closing = _day.At(BranchDayTimes.Closing);
        _day.Plan(closing, $"{Branch.Id} lobby manager", "closing time", "desks", () =>
        {
            _closing = true;
            var idle = _desks.Where(d => d.Open && !d.Busy).ToList();
            foreach (var desk in idle)
            {
                Close(desk, closing);
            }
            return Task.FromResult(idle.Count == 0 ? "every desk still has customers" : $"closing {string.Join(", ", idle.Select(d => d.Name))}");
        });
    }

    /// <summary>The kiosk prints a ticket, and a free desk that may serve it is told to call.</summary>
    public async Task<string> Issue(TicketRequest request, DateTimeOffset at, Func<TicketView, Task<string>>? then = null)
    {
        var result = await Lobby.IssueTicket(request);
        if (result.Value is not { } ticket)
        {
            return Describe(result);
        }
        _requests[ticket.TicketId] = request;
        Wake(ticket.Service, ticket.Premium, at);
        var premium = ticket.Premium ? $" premium: {string.Join(", ", ticket.PremiumSignals)}" : "";
        return $"{ticket.Number}{premium}{(then is null ? "" : "; " + await then(ticket))}";
    }

    /// <summary>
    /// One to three customers after the desks have closed: a desk still finishing its last customer may call one, the rest
    /// wait until the branch's end of day closes their tickets as not served, and the day's figures count them.
    /// </summary>
    private void LateArrivals(IReadOnlyList<string> ordinaryClients)
    {
        var late = 1 + _day.Random.Next(3);
        for (var i = 0; i < late; i++)
        {
            var at = _day.Between(BranchDayTimes.Closing.AddMinutes(10), BranchDayTimes.LastLateArrival);
            var request = RandomCustomer(ordinaryClients);
            _day.Plan(at, Kiosk, "late ticket", request.Service.ToString(), () => Issue(request, at));
        }
    }

    private TicketRequest RandomCustomer(IReadOnlyList<string> ordinaryClients)
    {
        var service = _day.Weighted(ServiceMix);
        var carded = service is ServiceType.Cash or ServiceType.Remittance or ServiceType.Wealth or ServiceType.Corporate
            && ordinaryClients.Count > 0 && _day.Chance(0.35);
        var clientId = carded ? _day.Pick(ordinaryClients) : null;
        var large = _day.Chance(0.03);
        decimal? amount = service switch
        {
            ServiceType.Cash => large ? Hundreds(200_000, 600_000) : Hundreds(500, 50_000),
            ServiceType.Remittance => large ? Hundreds(200_000, 900_000) : Hundreds(1_000, 100_000),
            ServiceType.Wealth => large ? Hundreds(200_000, 1_000_000) : Hundreds(10_000, 150_000),
            _ => null,
        };
        IReadOnlyList<CustomerDeclaration> declared = _day.Chance(0.02) ? [CustomerDeclaration.VipCardThisBank] : [];
        return new TicketRequest(service, clientId, amount, declared);
    }

    private decimal Hundreds(int min, int max) => _day.Random.Next(min / 100, (max / 100) + 1) * 100m;

    /// <summary>The first free desk that may serve the service calls in a moment (a premium customer: the VIP room first).</summary>
    private void Wake(ServiceType service, bool premium, DateTimeOffset at)
    {
        var desk = _desks.Where(d => d.CanServe(service)).OrderBy(d => premium && d.Kind == DeskKind.VipRoom ? 0 : 1).FirstOrDefault();
        if (desk is not null)
        {
            Call(desk, at + _day.Minutes(0.2, 0.6));
        }
    }

    private void OpenAt(LobbyDesk desk, DateTimeOffset at, string action) =>
        _day.Plan(at, Actor(desk), action, desk.Name, async () =>
        {
            var result = await Lobby.OpenDesk(desk.Opening);
            desk.Open = result.Refusal is null;
            if (desk.Open)
            {
                Call(desk, at.AddSeconds(10));
            }
            return Describe(result);
        });

    private void GoToLunch(LobbyDesk desk, DateTimeOffset at)
    {
        desk.LunchDue = false;
        Close(desk, at);
        OpenAt(desk, _day.At(desk.LunchUntil!.Value), "back from lunch");
    }

    private void Call(LobbyDesk desk, DateTimeOffset at)
    {
        desk.Busy = true;
        _day.Plan(at, Actor(desk), "call next", "", async () =>
        {
            if (desk.LunchDue)
            {
                desk.Busy = false;
                GoToLunch(desk, at);
                return "gone to lunch";
            }
            var result = await Lobby.CallNext(desk.Id);
            if (result.Value?.Ticket is not { } ticket)
            {
                desk.Busy = false;
                if (_closing && desk.Open)
                {
                    Close(desk, at);
                }
                return result.Refusal is null ? "nobody waiting" : Describe(result);
            }
            Serve(desk, ticket, at);
            return ticket.Premium ? $"{ticket.Number} (premium)" : ticket.Number;
        });
    }

    private void Serve(LobbyDesk desk, TicketView ticket, DateTimeOffset calledAt)
    {
        if (_day.Chance(0.04))
        {
            // The customer has gone: called again, then marked a no-show, and the desk calls the next one.
            _day.Plan(calledAt + _day.Minutes(1, 2), Actor(desk), "recall", ticket.Number, async () => Describe(await Lobby.Recall(desk.Id)));
            var noShowAt = calledAt + _day.Minutes(3, 4);
            _day.Plan(noShowAt, Actor(desk), "no-show", ticket.Number, async () =>
            {
                var result = await Lobby.NoShow(desk.Id);
                Call(desk, noShowAt.AddSeconds(30));
                return Describe(result);
            });
            return;
        }
        var startAt = calledAt + _day.Minutes(0.3, 1.5);
        _day.Plan(startAt, Actor(desk), "start", ticket.Number, async () => Describe(await Lobby.StartService(desk.Id)));
        var transferAt = startAt + _day.Minutes(2, 4);
        if (ticket.Service == ServiceType.Enquiry && desk.Kind == DeskKind.Counter && transferAt < _day.At(BranchDayTimes.LastTransfer) && _day.Chance(0.1))
        {
            _day.Plan(transferAt, Actor(desk), "transfer", ticket.Number, async () =>
            {
                var result = await Lobby.Transfer(desk.Id, new TicketTransfer(ServiceType.Loans, null));
                Call(desk, transferAt.AddSeconds(30));
                Wake(ServiceType.Loans, ticket.Premium, transferAt);
                return Describe(result, "to the loans queue");
            });
            return;
        }
        var finishAt = startAt + ServiceTime(ticket.Service);
        _day.Plan(finishAt, Actor(desk), "finish", ticket.Number, async () =>
        {
            var result = await Lobby.Finish(desk.Id, Outcome(ticket.Service));
            Call(desk, finishAt + _day.Minutes(0.3, 1));
            var movement = result.Refusal is null && ticket is { Service: ServiceType.Cash, ClientId: { } clientId }
                ? "; " + await CashMovement(ticket, clientId, finishAt)
                : "";
            return Describe(result) + movement;
        });
    }

    /// <summary>Cash at the counter reaches the client's account as the core banking system reports it: a deposit or a withdrawal.</summary>
    private async Task<string> CashMovement(TicketView ticket, string clientId, DateTimeOffset at)
    {
        var amount = _requests.TryGetValue(ticket.TicketId, out var request) && request.DeclaredAmount is { } declared ? declared : 5_000m;
        var kind = _day.Chance(0.6) ? AccountMovementKind.Deposit : AccountMovementKind.Withdrawal;
        var outcome = await _day.Grains.GetGrain<IClientGrain>(clientId)
            .ApplyMovement(new AccountMovement($"demo-{ticket.TicketId}-{Branch.Id}", clientId, kind, amount, at));
        return $"{kind.ToString().ToLowerInvariant()} {DemoDay.Money(amount)} for {clientId}: {outcome.Status}";
    }

    private TimeSpan ServiceTime(ServiceType service) => service switch
    {
        ServiceType.Cash => _day.Minutes(3, 8),
        ServiceType.Remittance => _day.Minutes(5, 12),
        ServiceType.Wealth => _day.Minutes(12, 30),
        ServiceType.Loans => _day.Minutes(15, 30),
        ServiceType.Corporate => _day.Minutes(8, 20),
        ServiceType.AccountOpening => _day.Minutes(12, 25),
        ServiceType.Complaint => _day.Minutes(8, 15),
        _ => _day.Minutes(2, 6),
    };

    private static string Outcome(ServiceType service) => service switch
    {
        ServiceType.Cash => "cash handled",
        ServiceType.Remittance => "remittance sent",
        ServiceType.Wealth => "wealth product explained",
        ServiceType.Loans => "loan enquiry taken",
        ServiceType.Corporate => "corporate business done",
        ServiceType.AccountOpening => "account opened",
        ServiceType.Complaint => "complaint heard",
        _ => "question answered",
    };

    private void Close(LobbyDesk desk, DateTimeOffset at)
    {
        desk.Open = false;
        _day.Plan(at.AddSeconds(10), Actor(desk), "close", desk.Name, async () => Describe(await Lobby.CloseDesk(desk.Id)));
    }

    private string Actor(LobbyDesk desk) => $"{Branch.Id} {desk.Name}";

    public static string Describe<T>(Outcome<T> result, string? done = null) =>
        result.Refusal is { } refusal ? $"refused ({refusal.Kind}): {refusal.Detail.En}" : done ?? "done";
}
