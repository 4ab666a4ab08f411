namespace Actors.Domain.Loans;

/// <summary>How much of each installment a payment covers, oldest first; Unapplied is what exceeds the whole schedule.</summary>
public sealed record AllocationResult(IReadOnlyList<decimal> PaidPerInstallment, decimal Unapplied);

public static class PaymentAllocation
{
    /// <summary>Applies <paramref name="amount"/> on top of <paramref name="alreadyPaid"/> (same order as the schedule), oldest unpaid first.</summary>
    public static AllocationResult Allocate(IReadOnlyList<Installment> schedule, IReadOnlyList<decimal> alreadyPaid, decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        var ledger = RepaymentLedger.From(schedule, alreadyPaid);
        var unapplied = ledger.Apply(amount);
        return new AllocationResult(ledger.Paid, unapplied);
    }
}

/// <summary>
/// Paid amounts per installment with a cursor on the oldest one not fully paid. The cursor only moves forward,
/// so applying m payments to n installments costs O(n + m) in all.
/// </summary>
internal sealed class RepaymentLedger
{
    private readonly IReadOnlyList<Installment> _schedule;
    private readonly decimal[] _paid;

    private RepaymentLedger(IReadOnlyList<Installment> schedule, decimal[] paid)
    {
        _schedule = schedule;
        _paid = paid;
        SkipFullyPaid();
    }

    public static RepaymentLedger Empty(IReadOnlyList<Installment> schedule) => new(schedule, new decimal[schedule.Count]);

    public static RepaymentLedger From(IReadOnlyList<Installment> schedule, IReadOnlyList<decimal> alreadyPaid)
    {
        if (alreadyPaid.Count != schedule.Count)
            throw new ArgumentException($"{alreadyPaid.Count} paid amounts for {schedule.Count} installments.", nameof(alreadyPaid));
        var paid = alreadyPaid.ToArray();
        for (var i = 0; i < paid.Length; i++)
            if (paid[i] < 0 || paid[i] > schedule[i].Amount)
                throw new ArgumentException($"Installment {schedule[i].Number}: paid {paid[i]} is outside 0..{schedule[i].Amount}.", nameof(alreadyPaid));
        return new RepaymentLedger(schedule, paid);
    }

    public IReadOnlyList<decimal> Paid => _paid;

    /// <summary>Index of the oldest installment not fully paid; Count when the schedule is paid off.</summary>
    public int OldestUnpaid { get; private set; }

    public decimal UnpaidOf(int index) => _schedule[index].Amount - _paid[index];

    /// <summary>Applies a payment oldest unpaid first; returns what is left once the whole schedule is paid.</summary>
    public decimal Apply(decimal amount)
    {
        while (amount > 0 && OldestUnpaid < _schedule.Count)
        {
            var share = Math.Min(amount, UnpaidOf(OldestUnpaid));
            _paid[OldestUnpaid] += share;
            amount -= share;
            SkipFullyPaid();
        }
        return amount;
    }

    private void SkipFullyPaid()
    {
        while (OldestUnpaid < _schedule.Count && UnpaidOf(OldestUnpaid) == 0)
            OldestUnpaid++;
    }
}
