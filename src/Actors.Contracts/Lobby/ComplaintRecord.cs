using Actors.Contracts.Screens;

namespace Actors.Contracts.Lobby;

/// <summary>A complaint as it is recorded, at once, with its owner (brief §4) and the member of staff who recorded it.</summary>
[GenerateSerializer, Immutable, Alias("bg.ComplaintRecord")]
public sealed record ComplaintRecord(ComplaintChannel Channel, string Content, string? ClientId, string? CustomerName, string Owner, string RecordedBy);
