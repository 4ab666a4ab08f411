using Actors.Contracts.Screens;

namespace Actors.Contracts.Lobby;

/// <summary>A desk after a call, recall, start, no-show, transfer or finish, and the ticket it concerned (none when nobody was waiting).</summary>
[GenerateSerializer, Immutable, Alias("bg.DeskCall")]
public sealed record DeskCall(DeskView Desk, TicketView? Ticket);
