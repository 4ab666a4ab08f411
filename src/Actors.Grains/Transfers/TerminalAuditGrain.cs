using Actors.Contracts.Terminals;

namespace Actors.Grains.Transfers;

[GenerateSerializer, Alias("bg.TerminalAuditState.v1")]
public sealed class TerminalAuditState
{
    [Id(0)] public List<TerminalAuditEntry> Entries { get; set; } = [];
}

/// <summary>A terminal's audit, apart from the terminal so its busy sales path never loads the history.</summary>
public sealed class TerminalAuditGrain([PersistentState("terminalAudit")] IPersistentState<TerminalAuditState> state) : Grain, ITerminalAuditGrain
{
    public async Task Append(TerminalAuditEntry entry)
    {
        // A transfer retried after a crash may tell us the same step twice: record it once.
        if (state.State.Entries.Contains(entry))
        {
            return;
        }
        state.State.Entries.Add(entry);
        await state.WriteStateAsync();
    }

    public Task<TerminalAudit> Get() =>
        Task.FromResult(new TerminalAudit(this.GetPrimaryKeyString(), state.State.Entries.OrderBy(e => e.At).ToList()));
}
