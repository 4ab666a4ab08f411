using Actors.Contracts.Screens;

namespace Actors.Contracts.Lobby;

/// <summary>Where a desk sends its customer: another service's queue, a named desk, or both (a desk, for that service).</summary>
[GenerateSerializer, Immutable, Alias("bg.TicketTransfer")]
public sealed record TicketTransfer(ServiceType? ToService, string? ToDeskId);
