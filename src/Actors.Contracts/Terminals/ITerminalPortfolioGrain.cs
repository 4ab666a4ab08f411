namespace Actors.Contracts.Terminals;

/// <summary>The terminals a member of staff maintains, kept by the terminals themselves; a departure transfer reads it. Keyed by staff id.</summary>
public interface ITerminalPortfolioGrain : IGrainWithStringKey
{
    Task Add(string terminalId);
    Task Remove(string terminalId);
    Task<IReadOnlyList<string>> List();
}
