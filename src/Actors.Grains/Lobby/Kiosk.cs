using System.Globalization;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;
using Actors.Domain.Clients;
using Actors.Domain.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>Tickets come into the lobby: the kiosk numbers them and the rules look for premium signals; the lobby manager may add a flag.</summary>
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

    /// <summary>A manual flag on an open ticket (the latest reason wins); it shortens the waiting target at once.</summary>
    public static Refusal? FlagPremium(LobbyState s, string ticketId, string by, string reason)
    {
        if (s.Ticket(ticketId) is not { } ticket)
        {
            return LobbyRefusals.NoTicket(ticketId);
        }
        if (ticket.IsClosed)
        {
            return LobbyRefusals.TicketClosed(ticket.Number, ticket.Status);
        }
        (ticket.ManualFlagBy, ticket.ManualFlagReason) = (by, reason);
        return null;
    }
}
