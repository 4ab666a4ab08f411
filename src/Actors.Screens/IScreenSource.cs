using Actors.Contracts.Screens;

namespace Actors.Screens;

/// <summary>Where a screen's whole view comes from when a browser joins or re-joins it (the grains that own the screens).</summary>
public interface IScreenSource
{
    Task<LobbyView> GetLobby(string branchId);

    Task<BoardView> GetBoard(string roomId);
}
