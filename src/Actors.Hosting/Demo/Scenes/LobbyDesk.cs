using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;

namespace Actors.Hosting.Demo.Scenes;

/// <summary>
/// A desk as the simulated lobby staff know it: when it opens and when its clerk has lunch (a lobby with desks away at
/// noon builds a queue, and waits pass their target), whether it is open, and whether someone is on their way to or at it.
/// </summary>
internal sealed class LobbyDesk(string id, string name, string nameZh, DeskKind kind, IReadOnlyList<ServiceType> services, TimeOnly opensAt, TimeOnly? lunchFrom = null)
{
    private static readonly TimeSpan LunchBreak = TimeSpan.FromHours(1);

    public string Id { get; } = id;
    public string Name { get; } = name;

    /// <summary>The desk's name in Chinese: the Chinese screens show it and the calling display announces it (请 C015 号到 2 号窗口).</summary>
    public string NameZh { get; } = nameZh;
    public DeskKind Kind { get; } = kind;
    public IReadOnlyList<ServiceType> Services { get; } = services;
    public TimeOnly OpensAt { get; } = opensAt;
    public TimeOnly? LunchFrom { get; } = lunchFrom;
    public TimeOnly? LunchUntil => LunchFrom?.Add(LunchBreak);
    public bool Open { get; set; }

    /// <summary>The clerk goes to lunch after the current customer instead of calling the next one.</summary>
    public bool LunchDue { get; set; }

    /// <summary>Has a customer, or has a call planned: a new ticket does not wake it.</summary>
    public bool Busy { get; set; }

    public DeskOpening Opening => new(Id, Name, Kind, Services, NameZh);

    public bool CanServe(ServiceType service) => Open && !Busy && Services.Contains(service);

    /// <summary>
    /// The desks of every simulated lobby: three counters (the third from 10:00), the VIP room and a client manager's
    /// desk, covering every service; two counters and the client manager take turns at lunch.
    /// </summary>
    public static List<LobbyDesk> StandardSet() =>
    [
        new("D1", "Counter 1", "1 号窗口", DeskKind.Counter, [ServiceType.Cash, ServiceType.Remittance, ServiceType.Enquiry], new(9, 0), new(12, 0)),
        new("D2", "Counter 2", "2 号窗口", DeskKind.Counter, [ServiceType.Cash, ServiceType.Remittance, ServiceType.AccountOpening, ServiceType.Enquiry], new(9, 0), new(12, 30)),
        new("D3", "Counter 3", "3 号窗口", DeskKind.Counter, [ServiceType.Corporate, ServiceType.AccountOpening, ServiceType.Complaint, ServiceType.Enquiry], new(10, 0)),
        new("VIP", "VIP Room", "贵宾室", DeskKind.VipRoom, [ServiceType.Cash, ServiceType.Remittance, ServiceType.Wealth, ServiceType.Corporate], new(9, 0)),
        new("CM", "Client Manager Desk", "客户经理室", DeskKind.ClientManagerDesk, [ServiceType.Loans, ServiceType.Wealth, ServiceType.Corporate], new(9, 0), new(13, 0)),
    ];
}
