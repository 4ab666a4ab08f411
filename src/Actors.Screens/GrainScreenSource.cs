using Actors.Contracts.Screens;
using Microsoft.AspNetCore.SignalR;

namespace Actors.Screens;

/// <summary>The screens' views from the grains that own them. (Placeholder until the lobby and board grains exist.)</summary>
internal sealed class GrainScreenSource(IGrainFactory grains) : IScreenSource
{
    private readonly IGrainFactory _grains = grains;

    public Task<LobbyView> GetLobby(string branchId) => throw new HubException("Lobby screens are not available yet.");

    public Task<BoardView> GetBoard(string roomId) => throw new HubException("Wall boards are not available yet.");
}
