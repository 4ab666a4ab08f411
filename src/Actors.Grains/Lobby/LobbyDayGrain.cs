using Actors.Contracts.Lobby;

namespace Actors.Grains.Lobby;

[GenerateSerializer, Alias("bg.LobbyDayState.v1")]
public sealed class LobbyDayState
{
    [Id(0)] public LobbyDayFigures? Figures { get; set; }
}

/// <summary>A branch's past business day: the figures its lobby kept when the day ended.</summary>
public sealed class LobbyDayGrain([PersistentState("lobbyDay")] IPersistentState<LobbyDayState> state) : Grain, ILobbyDayGrain
{
    public async Task Keep(LobbyDayFigures figures)
    {
        state.State.Figures = figures;
        await state.WriteStateAsync();
    }

    public Task<LobbyDayFigures?> Get() => Task.FromResult(state.State.Figures);
}
