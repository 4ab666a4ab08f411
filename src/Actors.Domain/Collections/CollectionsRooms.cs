using Actors.Domain.Loans;

namespace Actors.Domain.Collections;

/// <summary>A branch's collections room works Pre-due to M2 of its sub-branches; the central room (head office) works M3 and M4.</summary>
public enum RoomKind { Branch, Central }

public static class CollectionsRooms
{
    public static readonly IReadOnlyList<LoanStage> BranchStages = [LoanStage.PreDue, LoanStage.M1, LoanStage.M2];
    public static readonly IReadOnlyList<LoanStage> CentralStages = [LoanStage.M3, LoanStage.M4];

    /// <summary>The room that works a loan in this stage; null for a loan in no collections stage (Current, Settled).</summary>
    /// <remarks>M4 is legal review in the brief's table; it is run from head office, so it shows on the central board.</remarks>
    public static RoomKind? WorkedIn(LoanStage stage) => stage switch
    {
        LoanStage.PreDue or LoanStage.M1 or LoanStage.M2 => RoomKind.Branch,
        LoanStage.M3 or LoanStage.M4 => RoomKind.Central,
        _ => null,
    };

    /// <summary>The room credited with work done on a loan (a call, a promise, a payment): a loan outside collections is branch work.</summary>
    public static RoomKind CreditedTo(LoanStage stage) => WorkedIn(stage) ?? RoomKind.Branch;

    public static IReadOnlyList<LoanStage> StagesOf(RoomKind room) => room == RoomKind.Branch ? BranchStages : CentralStages;
}
