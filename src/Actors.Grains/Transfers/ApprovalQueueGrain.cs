using Actors.Contracts.Screens;
using Actors.Contracts.Terminals;
using Actors.Grains.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Transfers;

[GenerateSerializer, Alias("bg.ApprovalQueueState.v1")]
public sealed class ApprovalQueueState
{
    [Id(0)] public SortedSet<string> TransferIds { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One approver's (or one role's) waiting transfers. Each change nudges the inbox of the same name, so open
/// approvals inboxes and worklists read again.</summary>
public sealed class ApprovalQueueGrain(
    [PersistentState("approvalQueue")] IPersistentState<ApprovalQueueState> state,
    BankRules rules,
    ILogger<ApprovalQueueGrain> logger) : Grain, IApprovalQueueGrain
{
    public async Task Add(string transferId)
    {
        if (state.State.TransferIds.Add(transferId))
        {
            await state.WriteStateAsync();
            await Nudge();
        }
    }

    public async Task Remove(string transferId)
    {
        if (state.State.TransferIds.Remove(transferId))
        {
            await state.WriteStateAsync();
            await Nudge();
        }
    }

    private Task Nudge() => this.NudgeAsync(logger, InboxTopic.Approvals, rules.Now, this.GetPrimaryKeyString());

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. state.State.TransferIds]);
}
