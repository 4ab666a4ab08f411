using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;

namespace Actors.Hosting.Demo.Scenes;

/// <summary>A desk as the simulated lobby staff know it: open or not, and whether someone is on their way to or at it.</summary>
internal sealed class LobbyDesk(string id, string name, DeskKind kind, IReadOnlyList<ServiceType> services)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public DeskKind Kind { get; } = kind;
    public IReadOnlyList<ServiceType> Services { get; } = services;
    public bool Open { get; set; }

    /// <summary>Has a customer, or has a call planned: a new ticket does not wake it.</summary>
    public bool Busy { get; set; }

    public DeskOpening Opening => new(Id, Name, Kind, Services);

    public bool CanServe(ServiceType service) => Open && !Busy && Services.Contains(service);

    /// <summary>The desks of every simulated lobby: three counters, the VIP room and a client manager's desk, covering every service.</summary>
    public static List<LobbyDesk> StandardSet() =>
    [
        new("D1", "Counter 1", DeskKind.Counter, [ServiceType.Cash, ServiceType.Remittance, ServiceType.Enquiry]),
        new("D2", "Counter 2", DeskKind.Counter, [ServiceType.Cash, ServiceType.Remittance, ServiceType.AccountOpening, ServiceType.Enquiry]),
        new("D3", "Counter 3", DeskKind.Counter, [ServiceType.Corporate, ServiceType.AccountOpening, ServiceType.Complaint, ServiceType.Enquiry]),
        new("VIP", "VIP Room", DeskKind.VipRoom, [ServiceType.Cash, ServiceType.Remittance, ServiceType.Wealth, ServiceType.Corporate]),
        new("CM", "Client Manager Desk", DeskKind.ClientManagerDesk, [ServiceType.Loans, ServiceType.Wealth, ServiceType.Corporate]),
    ];
}
