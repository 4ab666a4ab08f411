using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Actors.Contracts.Terminals;
using Actors.Domain.Terminals;
using Actors.Grains.Institutions;
using Orleans.Concurrency;

namespace Actors.Grains.Transfers;

/// <summary>
/// Reads a member of staff's approval queues and keeps what they may really take now: a queue may lag its transfer by a
/// step, and a transfer is theirs only when its outgoing or incoming institution is one of theirs.
/// </summary>
[StatelessWorker]
public sealed class ApprovalsInboxGrain : Grain, IApprovalsInboxGrain
{
    public async Task<IReadOnlyList<TransferView>> WaitingFor()
    {
        if (await GrainFactory.GetGrain<IManagerGrain>(this.GetPrimaryKeyString()).GetSnapshot() is not { } staff)
        {
            return [];
        }
        var queues = ApprovalQueues.Of(staff.ManagerId, staff.InstitutionId, [.. staff.Roles]);
        var approver = new Approver(staff.ManagerId, staff.InstitutionId,
            staff.Roles.Contains(StaffRole.TeamLead), staff.Roles.Contains(StaffRole.InstitutionHead), staff.Roles.Contains(StaffRole.ManagementDepartment));
        var items = new List<TransferView>();
        foreach (var id in (await Task.WhenAll(queues.Select(q => GrainFactory.GetGrain<IApprovalQueueGrain>(q).List()))).SelectMany(ids => ids).Distinct())
        {
            if (await GrainFactory.GetGrain<ITransferGrain>(id).GetView() is { NextStep: { } step } view
                && TransferChain.MayTake(step, new(view.Kind, view.TerminalId, "", view.FromStaffId, view.ToStaffId, view.FromInstitutionId, view.ToInstitutionId,
                    step == StepName.MaintainerConfirmed && await GrainFactory.GetGrain<IStaffCredentialGrain>(view.FromStaffId).IsDisabled()), approver)
                && (await InstitutionCoverage.CoversAsync(GrainFactory, staff.InstitutionId, view.FromInstitutionId)
                    || await InstitutionCoverage.CoversAsync(GrainFactory, staff.InstitutionId, view.ToInstitutionId)))
            {
                items.Add(view);
            }
        }
        return items;
    }
}
