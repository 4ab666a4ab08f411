using Actors.Contracts.Screens;

namespace Actors.Contracts.Lobby;

/// <summary>A desk as the branch configures it: its name in English and, for the Chinese screens and the calling display's announcement, in Chinese.</summary>
[GenerateSerializer, Immutable, Alias("bg.DeskOpening")]
public sealed record DeskOpening(string DeskId, string Name, DeskKind Kind, IReadOnlyList<ServiceType> Services, string? NameZh = null);
