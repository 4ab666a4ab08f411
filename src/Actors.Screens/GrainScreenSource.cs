using Actors.Contracts.Collections;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Microsoft.AspNetCore.SignalR;

namespace Actors.Screens;

/// <summary>The screens' views from the grains that own them: a branch's lobby grain, a room's collections board grain.</summary>
internal sealed class GrainScreenSource(IGrainFactory grains) : IScreenSource
{
    public async Task<LobbyView> GetLobby(string branchId) =>
        await grains.GetGrain<ILobbyGrain>(branchId).GetView()
        ?? throw new HubException($"There is no branch '{branchId}': a lobby screen needs a registered institution.");

    public Task<BoardView> GetBoard(string roomId) => grains.GetGrain<ICollectionsBoardGrain>(roomId).GetView();
}
