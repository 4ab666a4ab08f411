namespace Actors.Contracts.Terminals;

/// <summary>
/// A member of staff's approvals inbox, keyed by staff id: the transfers and claims waiting for a step they may take now,
/// read from their approval queues (<see cref="ApprovalQueues"/>) and their institutions. Nothing is stored.
/// </summary>
public interface IApprovalsInboxGrain : IGrainWithStringKey
{
    /// <summary>What waits for the staff member, oldest queue entry first; empty for an unknown staff id.</summary>
    Task<IReadOnlyList<TransferView>> WaitingFor();
}
