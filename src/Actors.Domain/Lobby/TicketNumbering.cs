using System.Globalization;

namespace Actors.Domain.Lobby;

/// <summary>
/// Ticket numbers are a service letter and a sequence that restarts at 1 every business day, per service: the first
/// cash customer of the day gets C001, the first remittance customer R001. The letters are the contract's
/// (ServiceType.TicketLetter); numbers past 999 simply grow a digit (C1000).
/// </summary>
public static class TicketNumbering
{
    /// <summary>The sequence for a new ticket of a service, given the last one issued for it.</summary>
    public static int NextSequence(DateOnly? lastIssuedOn, int lastSequence, DateOnly today) =>
        lastIssuedOn == today ? lastSequence + 1 : 1;

    public static string Format(char letter, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{letter}{sequence:000}");
    }
}
