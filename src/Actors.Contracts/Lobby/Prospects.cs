namespace Actors.Contracts.Lobby;

/// <summary>
/// A customer the lobby manager judged worth a client manager's follow-up: known by a ticket of today, a client id
/// or a name (at least one).
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.ProspectRegistration")]
public sealed record ProspectRegistration(string? TicketId, string? ClientId, string? CustomerName, string ManagerId, string Note, string RegisteredBy);

[GenerateSerializer, Immutable, Alias("bg.ProspectView")]
public sealed record ProspectView(
    string ProspectId,
    string? TicketId,
    string? ClientId,
    string? CustomerName,
    string ManagerId,
    string Note,
    DateTimeOffset RegisteredAt,
    string RegisteredBy);
