using Actors.Contracts.Screens;
using Actors.Domain.Lobby;

namespace Actors.Contracts.Lobby;

/// <summary>
/// What the kiosk knows when it prints a ticket: the service, the client if a card was read, and what the customer
/// declared (purposes, cards; <paramref name="DeclaredAmount"/> in CNY is the amount of the declared business).
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.TicketRequest")]
public sealed record TicketRequest(ServiceType Service, string? ClientId, decimal? DeclaredAmount, IReadOnlyList<CustomerDeclaration> Declared);
