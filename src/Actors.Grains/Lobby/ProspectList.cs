using System.Globalization;
using Actors.Contracts.Lobby;
using Actors.Domain;

namespace Actors.Grains.Lobby;

/// <summary>Customers registered for a client manager's follow-up; kept on the lobby and listed per manager.</summary>
internal static class ProspectList
{
    public static ProspectState Register(LobbyState s, ProspectRegistration r, string? clientId, DateTimeOffset now, BusinessClock clock)
    {
        var today = clock.DateOf(now);
        var prospect = new ProspectState
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"PR-{today:yyyyMMdd}-{s.Next("prospects", today):000}"),
            TicketId = r.TicketId,
            ClientId = clientId,
            CustomerName = r.CustomerName,
            ManagerId = r.ManagerId,
            Note = r.Note,
            RegisteredBy = r.RegisteredBy,
            RegisteredAt = now,
        };
        s.Prospects.Add(prospect);
        return prospect;
    }

    public static ProspectView View(ProspectState p) => new(p.Id, p.TicketId, p.ClientId, p.CustomerName, p.ManagerId, p.Note, p.RegisteredAt, p.RegisteredBy);

    public static IReadOnlyList<ProspectView> Of(LobbyState s, string? managerId) =>
        [.. s.Prospects.Where(p => managerId is null || p.ManagerId == managerId).Select(View)];
}
