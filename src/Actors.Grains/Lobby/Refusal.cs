using Actors.Contracts.Lobby;

namespace Actors.Grains.Lobby;

/// <summary>Why a lobby command changed nothing; every check runs before the first change, so a refusal leaves the state as it was.</summary>
internal sealed record Refusal(LobbyRefusal Kind, string Detail, string? Field = null)
{
    public static Refusal NotFound(string what) => new(LobbyRefusal.NotFound, $"{what} does not exist in this lobby");
    public static Refusal Conflict(string detail) => new(LobbyRefusal.Conflict, detail);
    public static Refusal Invalid(string field, string detail) => new(LobbyRefusal.Invalid, detail, field);

    public LobbyResult<T> As<T>() => LobbyResult<T>.Refused(Kind, Detail, Field);
}
