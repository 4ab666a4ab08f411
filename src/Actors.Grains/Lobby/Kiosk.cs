using System.Globalization;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Clients;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>Tickets come into the lobby: the kiosk numbers them (per service, restarting each business day) and the rules look for premium signals.</summary>
internal static class Kiosk
{
    public static TicketState Issue(LobbyState s, TicketRequest r, ClientTier? knownTier, DateTimeOffset now, LobbyRules rules, BusinessClock clock)
    {
        var today = clock.DateOf(now);
        var letter = r.Service.TicketLetter();
        var number = TicketNumbering.Format(letter, s.Next(letter.ToString(), today));
        IReadOnlyCollection<CustomerDeclaration> declared = r.Service.ImpliedDeclaration() is { } implied ? [.. r.Declared, implied] : r.Declared;
        var signals = PremiumIdentification.SignalsOf(new PremiumEvidence(declared, r.DeclaredAmount, knownTier), rules);
        var ticket = new TicketState
        {
            Id = $"{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{number}",
            Number = number,
            Service = r.Service,
            Status = TicketStatus.Waiting,
            IssueOrder = ++s.Issued,
            IssuedAt = now,
            ClientId = r.ClientId,
            Signals = [.. signals.Select(signal => signal.ToString())],
        };
        ticket.Record(TicketTimes.IssuedAt(now));
        s.Tickets.Add(ticket);
        return ticket;
    }

    /// <summary>
    /// What the kiosk prints under the number: the waiting tickets of the same service a desk would call first (issued
    /// earlier, not sent to one desk by name), and the wait that makes at the open desks serving it (<see cref="ExpectedWait"/>).
    /// </summary>
    public static QueuePlace? PlaceOf(LobbyState s, string ticketId, LobbyRules rules, BusinessClock clock)
    {
        if (s.Ticket(ticketId) is not { IsWaiting: true } ticket)
        {
            return null;
        }
        var ahead = s.Tickets.Count(t => t.IsWaiting && t.Service == ticket.Service && t.SentToDeskId is null && t.IssueOrder < ticket.IssueOrder);
        var desks = s.Desks.Where(d => d.Open && !d.OnBreak && d.Services.Contains(ticket.Service)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var served = s.Tickets.Where(t => t.Status == TicketStatus.Finished && t.Service == ticket.Service).Select(t => t.Served.TotalMinutes).ToList();
        return new QueuePlace(ticket.Id, ticket.Number, ticket.Service, clock.DateOf(ticket.IssuedAt), ahead,
            ExpectedWait.Minutes(ahead, desks.Count, served.Count == 0 ? null : served.Average(), rules));
    }
}
