using Actors.Contracts.Terminals;

namespace Actors.Grains.Transfers;

[GenerateSerializer, Alias("bg.TerminalPortfolioState.v1")]
public sealed class TerminalPortfolioState
{
    [Id(0)] public SortedSet<string> TerminalIds { get; set; } = new(StringComparer.Ordinal);
}

public sealed class TerminalPortfolioGrain([PersistentState("terminalPortfolio")] IPersistentState<TerminalPortfolioState> state) : Grain, ITerminalPortfolioGrain
{
    public async Task Add(string terminalId)
    {
        if (state.State.TerminalIds.Add(terminalId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task Remove(string terminalId)
    {
        if (state.State.TerminalIds.Remove(terminalId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. state.State.TerminalIds]);
}
