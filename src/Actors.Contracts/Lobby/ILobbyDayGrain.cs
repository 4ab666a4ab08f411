using System.Globalization;

namespace Actors.Contracts.Lobby;

/// <summary>
/// One branch's past business day, keyed <c>{branchId}/{yyyy-MM-dd}</c> (<see cref="Key"/>): its figures, kept by the lobby
/// when the day ends. A grain per day, so a lobby's history grows without its hot state growing.
/// </summary>
public interface ILobbyDayGrain : IGrainWithStringKey
{
    /// <summary>Keeps the day's figures (the lobby may keep the same day again after a restart: the same figures).</summary>
    Task Keep(LobbyDayFigures figures);

    /// <summary>The day's figures; null when the lobby kept none (it had no ticket that day, or the day is not over).</summary>
    Task<LobbyDayFigures?> Get();

    public static string Key(string branchId, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{branchId}/{date:yyyy-MM-dd}");
}
