using Actors.Contracts.Terminals;

namespace Actors.Grains.Transfers;

[GenerateSerializer, Alias("bg.ApprovalQueueState.v1")]
public sealed class ApprovalQueueState
{
    [Id(0)] public SortedSet<string> TransferIds { get; set; } = new(StringComparer.Ordinal);
}

public sealed class ApprovalQueueGrain([PersistentState("approvalQueue")] IPersistentState<ApprovalQueueState> state) : Grain, IApprovalQueueGrain
{
    public async Task Add(string transferId)
    {
        if (state.State.TransferIds.Add(transferId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task Remove(string transferId)
    {
        if (state.State.TransferIds.Remove(transferId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. state.State.TransferIds]);
}
