using Actors.Domain.Loans;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Loans;

public class PaymentAllocationTests
{
    /// <summary>Three installments of 1,000.00 due 23 Feb, 23 Mar, 23 Apr 2026.</summary>
    private static readonly IReadOnlyList<Installment> ThreeThousands = LoanSchedule.Build(new LoanTerms(3_000m, 0m, 3, D("2026-01-23")));

    public static TheoryData<decimal[], decimal, decimal[], decimal> Cases => new()
    {
        { [0, 0, 0], 1_500m, [1_000, 500, 0], 0m }, // oldest first, partial allowed
        { [1_000, 500, 0], 700m, [1_000, 1_000, 200], 0m },
        { [0, 0, 0], 3_000m, [1_000, 1_000, 1_000], 0m },
        { [0, 0, 0], 3_500.55m, [1_000, 1_000, 1_000], 500.55m }, // beyond the schedule: unapplied
        { [1_000, 1_000, 1_000], 10m, [1_000, 1_000, 1_000], 10m },
        { [0, 1_000, 0], 1_500m, [1_000, 1_000, 500], 0m }, // an already paid installment is skipped
        { [0, 0, 0], 0.01m, [0.01m, 0, 0], 0m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_payment_goes_to_the_oldest_unpaid_installment_first(decimal[] alreadyPaid, decimal amount, decimal[] expectedPaid, decimal expectedUnapplied)
    {
        var result = PaymentAllocation.Allocate(ThreeThousands, alreadyPaid, amount);

        Assert.Equal(expectedPaid, result.PaidPerInstallment);
        Assert.Equal(expectedUnapplied, result.Unapplied);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_payment_must_be_positive(decimal amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentAllocation.Allocate(ThreeThousands, [0m, 0m, 0m], amount));

    [Fact]
    public void Paid_amounts_must_match_the_schedule() =>
        Assert.Throws<ArgumentException>(() => PaymentAllocation.Allocate(ThreeThousands, [0m, 0m], 10m));

    [Fact]
    public void The_paid_amounts_given_are_not_changed()
    {
        decimal[] alreadyPaid = [0m, 0m, 0m];
        PaymentAllocation.Allocate(ThreeThousands, alreadyPaid, 1_500m);
        Assert.Equal([0m, 0m, 0m], alreadyPaid);
    }

    private static readonly IReadOnlyList<Installment> TwelveMonths = LoanSchedule.Build(new LoanTerms(120_000m, 0.12m, 12, D("2026-03-10")));

    [Property]
    public Property Allocation_conserves_money_never_overpays_and_fills_oldest_first() =>
        Prop.ForAll(
            Gen.Choose(0, 12).ToArbitrary(), // installments fully paid before
            Gen.Choose(1, 20_000_000).Select(fen => fen / 100m).ToArbitrary(),
            (fullyPaid, amount) =>
            {
                var before = TwelveMonths.Select((i, k) => k < fullyPaid ? i.Amount : 0m).ToArray();
                var result = PaymentAllocation.Allocate(TwelveMonths, before, amount);
                var paid = result.PaidPerInstallment;

                var conserved = paid.Sum() - before.Sum() + result.Unapplied == amount && result.Unapplied >= 0;
                var neverOverpaid = paid.Select((p, k) => p >= before[k] && p <= TwelveMonths[k].Amount).All(ok => ok);
                // Whatever received money, every older installment is full.
                var oldestFirst = Enumerable.Range(0, 12).Where(k => paid[k] > before[k])
                    .All(k => Enumerable.Range(0, k).All(j => paid[j] == TwelveMonths[j].Amount));
                var unappliedOnlyWhenAllPaid = result.Unapplied == 0 || paid.Select((p, k) => p == TwelveMonths[k].Amount).All(ok => ok);
                return conserved && neverOverpaid && oldestFirst && unappliedOnlyWhenAllPaid;
            });
}
