using Actors.Contracts;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Actors.Domain;
using Actors.Contracts.Terminals;
using Actors.Domain.Terminals;
using Actors.Grains.Infrastructure;

namespace Actors.Grains.Transfers;

/// <summary>
/// One transfer or activation claim: load, ask <see cref="TransferChain"/>, persist, then tell the terminal (its lock
/// and maintainer), its audit and the approvers' queues. An approved claim keeps one durable clock: its month end.
/// </summary>
public sealed class TransferGrain(
    [PersistentState("transfer")] IPersistentState<TransferState> state,
    BankRules rules) : Grain, ITransferGrain, IRemindable
{
    private TransferState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<Outcome<TransferView>> File(string terminalId, TransferKind kind, string toStaffId, string reason, StaffActor applicant)
    {
        if (S.IsFiled)
        {
            return Refusal.Conflict($"transfer {Id} is already filed", $"移交 {Id} 已提交");
        }
        var terminal = GrainFactory.GetGrain<ITerminalGrain>(terminalId);
        if (await terminal.GetSnapshot() is not { } snapshot)
        {
            return Refusal.NotRegistered(Thing.Terminal, terminalId);
        }
        if (await GrainFactory.GetGrain<IManagerGrain>(toStaffId).GetSnapshot() is not { } receiver)
        {
            return Refusal.NotRegistered("toStaffId", Thing.Staff, toStaffId);
        }
        if (receiver.ManagerId == snapshot.MaintainerId)
        {
            return Refusal.Invalid("toStaffId", $"{toStaffId} already maintains terminal {terminalId}", $"{toStaffId} 已是终端 {terminalId} 的维护人");
        }
        var fromInstitution = (await GrainFactory.GetGrain<IManagerGrain>(snapshot.MaintainerId).GetSnapshot())?.InstitutionId ?? snapshot.InstitutionId;
        // Our default: an applicant works at the terminal's, the outgoing or the incoming institution, or in the management department.
        if (!applicant.Has(StaffRole.ManagementDepartment)
            && applicant.InstitutionId != snapshot.InstitutionId && applicant.InstitutionId != fromInstitution && applicant.InstitutionId != receiver.InstitutionId)
        {
            return Refusal.Forbidden("the applicant works at none of the institutions concerned", "申请人不在所涉及的任何机构");
        }
        if (TransferChain.MayFile(applicant.StaffId, snapshot.MaintainerId) is { } ownTerminal)
        {
            return ownTerminal;
        }
        if (await Lock(terminal) is { } open)
        {
            return AlreadyOpen(open, terminalId);
        }
        (S.TerminalId, S.Kind, S.ApplicantId, S.FromStaffId, S.ToStaffId, S.FromInstitutionId, S.ToInstitutionId, S.Reason) =
            (terminalId, kind, applicant.StaffId, snapshot.MaintainerId, receiver.ManagerId, fromInstitution, receiver.InstitutionId, reason);
        return await Record(new(StepName.Filed, applicant.StaffId, rules.Now, StepDecision.Filed, reason), applicant);
    }

    public async Task<Outcome<TransferView>> FileClaim(string terminalId, StaffActor claimant)
    {
        if (S.IsFiled)
        {
            return Refusal.Conflict($"claim {Id} is already filed", $"提升划转申请 {Id} 已提交");
        }
        var terminal = GrainFactory.GetGrain<ITerminalGrain>(terminalId);
        if (await terminal.GetSnapshot() is not { } snapshot)
        {
            return Refusal.NotRegistered(Thing.Terminal, terminalId);
        }
        var thisMonth = ActivationClaims.FirstOfMonth(rules.Today);
        var lastList = await GrainFactory.GetGrain<IInactiveTerminalsGrain>(snapshot.InstitutionId).Get(ActivationClaims.MonthKey(thisMonth.AddMonths(-1)));
        var refusal = ActivationClaims.MayFile(
            lastList?.Terminals.Any(t => t.TerminalId == terminalId) == true, snapshot.Inactive, snapshot.MaintainerId == claimant.StaffId, anotherTransferOpen: false);
        if (refusal is not null)
        {
            return refusal.Refusal!;
        }
        if (await Lock(terminal) is { } open)
        {
            return AlreadyOpen(open, terminalId);
        }
        var fromInstitution = (await GrainFactory.GetGrain<IManagerGrain>(snapshot.MaintainerId).GetSnapshot())?.InstitutionId ?? snapshot.InstitutionId;
        (S.TerminalId, S.Kind, S.ApplicantId, S.FromStaffId, S.ToStaffId, S.FromInstitutionId, S.ToInstitutionId, S.Reason, S.ClaimMonth) =
            (terminalId, TransferKind.Activation, claimant.StaffId, snapshot.MaintainerId, claimant.StaffId, fromInstitution, claimant.InstitutionId,
             "re-activated an inactive terminal", thisMonth);
        return await Record(new(StepName.Filed, claimant.StaffId, rules.Now, StepDecision.Filed, null), claimant);
    }

    public Task<Outcome<TransferView>> Confirm(StaffActor actor, string? note) => Decide(actor, (p, e, a, now) =>
        TransferChain.Confirm(p, e, a, now, note, ActivationClaims.IsBatchDay(rules.Today, rules.Calendar)));

    public Task<Outcome<TransferView>> Reject(StaffActor actor, string reason) => Decide(actor, (p, e, a, now) => TransferChain.Reject(p, e, a, now, reason));

    public Task<Outcome<TransferView>> Withdraw(StaffActor actor) => Decide(actor, TransferChain.Withdraw);

    public Task<TransferView?> GetView() => Task.FromResult(S.IsFiled ? View() : null);

    public Task<ActivationClaimView?> GetClaim() => Task.FromResult(S.IsFiled && S.Kind == TransferKind.Activation ? ClaimView() : null);

    /// <summary>The month end of an approved claim: verify against the month's statistics; credited → the maintainer moves.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!S.IsFiled || TransferChain.NextStep(S.Kind, S.Entries) != StepName.Verified || S.ClaimMonth is not { } month
            || rules.Now < ActivationClaims.MonthEndOf(month, rules.Clock))
        {
            S.ClockArmedAt = await this.ArmAsync(S.ClockArmedAt, NextClock(), rules.Now);
            await state.WriteStateAsync();
            return;
        }
        var key = ActivationClaims.MonthKey(month);
        var active = await GrainFactory.GetGrain<ITerminalGrain>(S.TerminalId!).ActiveInMonth(key);
        var decision = TransferChain.Verify(S.Parties, S.Entries, rules.Now, active, key);
        await Record(decision.Entry!, new StaffActor("month-end", "Month-end check", S.ToInstitutionId, [], null));
    }

    /// <summary>
    /// Takes the terminal's lock. A lock still held by a transfer that has closed (its process died between its own write
    /// and releasing the terminal) or was never filed is released here on its behalf, as that transfer would have done.
    /// </summary>
    private async Task<string?> Lock(ITerminalGrain terminal)
    {
        if (await terminal.BeginTransfer(Id) is not { } open)
        {
            return null;
        }
        // Null: the holder died after locking and before its first write, so it was never filed.
        var holder = await GrainFactory.GetGrain<ITransferGrain>(open).GetView();
        if (holder is null || holder.Status != TransferStatus.Open)
        {
            await terminal.EndTransfer(open, holder?.Status == TransferStatus.Completed ? holder.ToStaffId : null);
            return await terminal.BeginTransfer(Id);
        }
        return open;
    }

    private static Refusal AlreadyOpen(string open, string terminalId) =>
        Refusal.Conflict($"transfer {open} is already open on terminal {terminalId}", $"终端 {terminalId} 已有办理中的移交 {open}");

    private async Task<Outcome<TransferView>> Decide(StaffActor actor, Func<TransferParties, IReadOnlyList<StepEntry>, Approver, DateTimeOffset, TransferDecision> rule)
    {
        if (!S.IsFiled)
        {
            return Refusal.NotRegistered(Thing.Transfer, Id);
        }
        var approver = new Approver(actor.StaffId, actor.InstitutionId, actor.Has(StaffRole.TeamLead), actor.Has(StaffRole.InstitutionHead), actor.Has(StaffRole.ManagementDepartment));
        var parties = S.Parties with { MaintainerLeft = await MaintainerLeft() };
        var decision = rule(parties, S.Entries, approver, rules.Now);
        return decision.Refusal ?? await Record(decision.Entry!, actor);
    }

    /// <summary>Whether the case waits for a maintainer who has left (account disabled): their step passes to a stand-in.</summary>
    private async Task<bool> MaintainerLeft() =>
        S.Kind != TransferKind.Activation && TransferChain.NextStep(S.Kind, S.Entries) == StepName.MaintainerConfirmed
        && await GrainFactory.GetGrain<IStaffCredentialGrain>(S.FromStaffId).IsDisabled();

    /// <summary>Persists the step, then tells the others; a repeat of these calls is harmless (idempotent on their side).</summary>
    private async Task<Outcome<TransferView>> Record(StepEntry entry, StaffActor actor)
    {
        var waitingBefore = TransferChain.NextStep(S.Kind, S.Entries);
        var leftBefore = await MaintainerLeft();
        S.Steps.Add(new RecordedStep { Step = entry.Step, By = entry.By, ByName = actor.Name, At = entry.At, Decision = entry.Decision, Note = entry.Note });
        var entries = S.Entries;
        var status = TransferChain.Status(S.Kind, entries);
        if (S.Kind == TransferKind.Activation && entry.Step == StepName.ManagementApproved && entry.Decision == StepDecision.Confirmed)
        {
            S.ClaimMonth = ActivationClaims.VerificationMonth(S.ClaimMonth!.Value, rules.Clock.DateOf(entry.At));
        }
        S.ClockArmedAt = await this.ArmAsync(S.ClockArmedAt, NextClock(), rules.Now);
        await state.WriteStateAsync();

        if (status != TransferStatus.Open)
        {
            await GrainFactory.GetGrain<ITerminalGrain>(S.TerminalId!).EndTransfer(Id, status == TransferStatus.Completed ? S.ToStaffId : null);
        }
        await GrainFactory.GetGrain<ITerminalAuditGrain>(S.TerminalId!).Append(new(
            entry.At, entry.By, actor.Name, entry.Decision is StepDecision.Withdrawn ? "Applicant"
                : TransferChain.IsStandIn(entry, S.Parties) ? "StandInForLeaver" : TransferChain.RoleAt(entry.Step),
            $"{entry.Step} {entry.Decision}", Describe(entry, status), actor.Address,
            new AuditedTransfer(Id, S.Kind, S.Kind == TransferKind.Activation ? null : S.FromStaffId, S.ToStaffId,
                string.IsNullOrWhiteSpace(entry.Note) ? null : entry.Note, status == TransferStatus.Completed)));
        if (waitingBefore is { } before && Queue(before, leftBefore) is { } old)
        {
            await GrainFactory.GetGrain<IApprovalQueueGrain>(old).Remove(Id);
        }
        if (TransferChain.NextStep(S.Kind, entries) is { } next && Queue(next, await MaintainerLeft()) is { } queue)
        {
            await GrainFactory.GetGrain<IApprovalQueueGrain>(queue).Add(Id);
        }
        return Outcome<TransferView>.Ok(View());
    }

    private string Describe(StepEntry entry, TransferStatus status)
    {
        var what = S.Kind == TransferKind.Activation ? $"activation claim {Id} by {S.ToStaffId}" : $"{S.Kind} transfer {Id} from {S.FromStaffId} to {S.ToStaffId}";
        var note = string.IsNullOrWhiteSpace(entry.Note) ? "" : $": {entry.Note}";
        var outcome = status == TransferStatus.Completed ? $"; maintainer is now {S.ToStaffId}" : "";
        return $"{what}{note}{outcome}";
    }

    /// <summary>Which approvers' inbox a waiting step belongs in (a leaver's step: their institution's team leads').</summary>
    private string? Queue(StepName step, bool maintainerLeft) => step switch
    {
        StepName.MaintainerConfirmed => maintainerLeft ? ApprovalQueues.TeamLead(S.FromInstitutionId) : ApprovalQueues.Staff(S.FromStaffId),
        StepName.OutgoingHeadConfirmed => ApprovalQueues.Head(S.FromInstitutionId),
        StepName.IncomingHeadConfirmed or StepName.ReceivingHeadApproved => ApprovalQueues.Head(S.ToInstitutionId),
        StepName.Batched => ApprovalQueues.TeamLead(S.ToInstitutionId),
        StepName.ManagementOpinion or StepName.RegisterChanged or StepName.ManagementApproved => ApprovalQueues.Management,
        _ => null,
    };

    private DateTimeOffset? NextClock() =>
        TransferChain.NextStep(S.Kind, S.Entries) == StepName.Verified && S.ClaimMonth is { } month ? ActivationClaims.MonthEndOf(month, rules.Clock) : null;

    private IReadOnlyList<TransferStepView> StepViews() =>
        S.Steps.Select(s => new TransferStepView(s.Step, s.By, s.ByName, s.At, s.Decision, s.Note)).ToList();

    private TransferView View()
    {
        var entries = S.Entries;
        return new(Id, S.TerminalId!, S.Kind, S.FromStaffId, S.ToStaffId, S.FromInstitutionId, S.ToInstitutionId, S.Reason,
            TransferChain.Status(S.Kind, entries), TransferChain.NextStep(S.Kind, entries), StepViews());
    }

    private ActivationClaimView ClaimView()
    {
        var entries = S.Entries;
        return new(Id, S.TerminalId!, S.ToStaffId, ActivationClaims.MonthKey(S.ClaimMonth!.Value), ActivationClaims.StatusOf(entries),
            S.FromStaffId, S.ToInstitutionId, TransferChain.NextStep(S.Kind, entries), StepViews());
    }
}
