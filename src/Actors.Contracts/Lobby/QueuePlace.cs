using Actors.Contracts.Screens;

namespace Actors.Contracts.Lobby;

/// <summary>
/// What the kiosk prints for a waiting ticket: its number, service and business date, how many are ahead in its queue and
/// about how long the wait is. Nothing about the customer: every customer gets the same kind of ticket.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.QueuePlace")]
public sealed record QueuePlace(string TicketId, string Number, ServiceType Service, DateOnly Date, int PeopleAhead, int ExpectedWaitMinutes);
