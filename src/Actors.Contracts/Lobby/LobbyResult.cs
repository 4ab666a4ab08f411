namespace Actors.Contracts.Lobby;

[GenerateSerializer, Alias("bg.LobbyRefusal")]
public enum LobbyRefusal
{
    /// <summary>The lobby's key is not a registered institution.</summary>
    UnknownBranch,
    /// <summary>The desk, ticket or complaint named in the path does not exist.</summary>
    NotFound,
    /// <summary>Not possible in the current state (a desk still with a customer, a complaint already closed).</summary>
    Conflict,
    /// <summary>A field of the request is wrong; <see cref="LobbyResult{T}.Field"/> names it.</summary>
    Invalid,
}

/// <summary>The answer of a lobby command: the value, or why it was refused.</summary>
[GenerateSerializer, Immutable, Alias("bg.LobbyResult`1")]
public sealed record LobbyResult<T>(T? Value, LobbyRefusal? Refusal, string? Field, string? Detail)
{
    public static LobbyResult<T> Ok(T value) => new(value, null, null, null);
    public static LobbyResult<T> Refused(LobbyRefusal refusal, string detail, string? field = null) => new(default, refusal, field, detail);
}
