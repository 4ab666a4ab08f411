using Actors.Contracts.Screens;

namespace Actors.Contracts.Lobby;

[GenerateSerializer, Immutable, Alias("bg.DeskOpening")]
public sealed record DeskOpening(string DeskId, string Name, DeskKind Kind, IReadOnlyList<ServiceType> Services);
