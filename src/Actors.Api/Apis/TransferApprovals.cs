using Actors.Api.Http;
using Actors.Contracts.Terminals;
using Actors.Contracts.Worklist;
using Actors.Domain.Worklist;

namespace Actors.Api.Apis;

/// <summary>The worklist's "approvals": the same transfers and claims as the approvals inbox, as worklist items.</summary>
public sealed class TransferApprovals(IGrainFactory grains, InstitutionScope scope) : IApprovalsSource
{
    public async Task<IReadOnlyList<WorklistItem>> WaitingFor(SignedInStaff staff, CancellationToken cancellation)
    {
        var actor = new StaffActor(staff.StaffId, staff.Name, staff.InstitutionId, staff.Roles, staff.Address);
        var waiting = await TransfersApi.Approvals(grains, scope, actor);
        return [.. waiting.Select(t => new WorklistItem(
            WorklistKind.Approval, t.TransferId, $"{t.Kind} transfer of terminal {t.TerminalId}: {t.NextStep}",
            t.ToInstitutionId, null, t.Reason, null))];
    }
}
