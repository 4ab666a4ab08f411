using Actors.Contracts.Terminals;
using Actors.Grains.Infrastructure;
using Actors.Storage;

namespace Actors.Grains.Transfers;

/// <summary>The set a portfolio was kept as before issue 13; moved to member rows when the portfolio is next activated.</summary>
[GenerateSerializer, Alias("bg.TerminalPortfolioState.v1")]
public sealed class TerminalPortfolioState
{
    [Id(0)] public SortedSet<string> TerminalIds { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The terminals a member of staff maintains, as member rows: a terminal's registration writes its own row in its own
/// commit; a transfer moves it here.
/// </summary>
public sealed class TerminalPortfolioGrain(
    [PersistentState("terminalPortfolio")] IPersistentState<TerminalPortfolioState> state,
    IGridStore store) : Grain, ITerminalPortfolioGrain
{
    private string Group => MemberGroups.Portfolio(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.TerminalIds.Count > 0)
        {
            foreach (var terminalId in state.State.TerminalIds)
            {
                this.Stage(new MemberRow(Group, terminalId));
            }
            state.State.TerminalIds.Clear();
            await state.WriteStateAsync();
        }
    }

    public Task Add(string terminalId) => store.WriteAsync([new MemberRow(Group, terminalId)]);

    public Task Remove(string terminalId) => store.WriteAsync([new MemberRow(Group, terminalId, Present: false)]);

    public Task<IReadOnlyList<string>> List() => store.ReadMembersAsync(Group);
}
