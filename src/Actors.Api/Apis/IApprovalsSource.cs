using Actors.Api.Http;
using Actors.Contracts.Worklist;

namespace Actors.Api.Apis;

/// <summary>
/// Approvals waiting for a staff member, for the worklist's "approvals" list. The worklist asks it when one is
/// registered in the services (the transfer workflows' approvals index), and shows an empty list otherwise.
/// </summary>
public interface IApprovalsSource
{
    Task<IReadOnlyList<WorklistItem>> WaitingFor(SignedInStaff staff, CancellationToken cancellation);
}
