using Actors.Domain.Terminals;

namespace Actors.Contracts.Terminals;

/// <summary>One terminal transfer or activation claim, keyed by its id; holds its recorded steps.</summary>
public interface ITransferGrain : IGrainWithStringKey
{
    /// <summary>Files an ordinary or departure transfer of <paramref name="terminalId"/> to <paramref name="toStaffId"/> (step 1 by the applicant).</summary>
    Task<Outcome<TransferView>> File(string terminalId, TransferKind kind, string toStaffId, string reason, StaffActor applicant);

    /// <summary>Files an activation claim by the claimant on a re-activated terminal.</summary>
    Task<Outcome<TransferView>> FileClaim(string terminalId, StaffActor claimant);

    Task<Outcome<TransferView>> Confirm(StaffActor actor, string? note);
    Task<Outcome<TransferView>> Reject(StaffActor actor, string reason);
    Task<Outcome<TransferView>> Withdraw(StaffActor actor);
    Task<TransferView?> GetView();
    Task<ActivationClaimView?> GetClaim();
}

/// <summary>Ids of transfers ("TR-…") and activation claims ("AC-…"): a prefix and twelve random hex digits.</summary>
public static class TransferIds
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
