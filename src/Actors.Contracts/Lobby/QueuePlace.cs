namespace Actors.Contracts.Lobby;

/// <summary>What the kiosk prints under the number: how many are ahead in the ticket's queue and about how long the wait is.</summary>
[GenerateSerializer, Immutable, Alias("bg.QueuePlace")]
public sealed record QueuePlace(string TicketId, int PeopleAhead, int ExpectedWaitMinutes);
