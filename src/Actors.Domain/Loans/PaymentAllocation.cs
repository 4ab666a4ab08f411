namespace Actors.Domain.Loans;

/// <summary>How much of each installment a payment covers, oldest first; Unapplied is what exceeds the whole schedule.</summary>
public sealed record AllocationResult(IReadOnlyList<decimal> PaidPerInstallment, decimal Unapplied);

public static class PaymentAllocation
{
    /// <summary>Applies <paramref name="amount"/> on top of <paramref name="alreadyPaid"/> (same order as the schedule), oldest unpaid first.</summary>
    public static AllocationResult Allocate(IReadOnlyList<Installment> schedule, IReadOnlyList<decimal> alreadyPaid, decimal amount) => throw new NotImplementedException();
}
