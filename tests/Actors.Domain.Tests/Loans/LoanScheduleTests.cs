using Actors.Domain.Loans;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Loans;

public class LoanScheduleTests
{
    [Theory]
    [InlineData("2026-05-10", 1, "2026-06-10")] // the brief: disbursed 10 May, first due 10 June
    [InlineData("2026-05-10", 12, "2027-05-10")]
    [InlineData("2026-01-31", 1, "2026-02-28")] // clamped to February's last day
    [InlineData("2026-01-31", 2, "2026-03-31")] // counted from disbursement, so March is not pulled back
    [InlineData("2026-01-31", 3, "2026-04-30")]
    [InlineData("2028-01-31", 1, "2028-02-29")] // leap year
    [InlineData("2026-08-31", 6, "2027-02-28")]
    [InlineData("2026-03-15", 0, "2026-03-15")]
    public void A_due_date_is_the_same_day_of_month_clamped_to_the_month_end(string disbursed, int months, string expected) =>
        Assert.Equal(D(expected), LoanSchedule.DueDate(D(disbursed), months));

    [Fact]
    public void Annuity_installments_are_equal_and_the_last_absorbs_rounding()
    {
        // 120,000 at 12% a year over 12 months: the textbook payment is 10,661.85.
        var schedule = LoanSchedule.Build(new LoanTerms(120_000m, 0.12m, 12, D("2026-03-10")));

        Assert.Equal(Enumerable.Range(1, 12), schedule.Select(i => i.Number));
        Assert.Equal(new Installment(1, D("2026-04-10"), 9_461.85m, 1_200.00m), schedule[0]);
        Assert.All(schedule.Take(11), i => Assert.Equal(10_661.85m, i.Amount));
        Assert.Equal(120_000m, schedule.Sum(i => i.Principal));
        Assert.Equal(D("2027-03-10"), schedule[^1].DueDate);
        Assert.Equal(Math.Round(schedule[^1].Principal * 0.01m, 2, MidpointRounding.AwayFromZero), schedule[^1].Interest);
    }

    [Fact]
    public void Each_month_charges_interest_on_the_remaining_principal()
    {
        var schedule = LoanSchedule.Build(new LoanTerms(120_000m, 0.12m, 12, D("2026-03-10")));

        var remaining = 120_000m;
        foreach (var installment in schedule)
        {
            Assert.Equal(Math.Round(remaining * 0.01m, 2, MidpointRounding.AwayFromZero), installment.Interest);
            remaining -= installment.Principal;
        }
        Assert.Equal(0m, remaining);
    }

    [Fact]
    public void Without_interest_the_principal_is_split_evenly()
    {
        var schedule = LoanSchedule.Build(new LoanTerms(10_000m, 0m, 3, D("2026-03-10")));

        Assert.Equal([3_333.33m, 3_333.33m, 3_333.34m], schedule.Select(i => i.Amount));
        Assert.All(schedule, i => Assert.Equal(0m, i.Interest));
    }

    [Fact]
    public void A_schedule_disbursed_on_the_31st_clamps_its_due_dates()
    {
        var schedule = LoanSchedule.Build(new LoanTerms(3_000m, 0m, 3, D("2026-01-31")));

        Assert.Equal([D("2026-02-28"), D("2026-03-31"), D("2026-04-30")], schedule.Select(i => i.DueDate));
    }

    [Theory]
    [InlineData(0, 0.1, 12)]
    [InlineData(-1, 0.1, 12)]
    [InlineData(1000, -0.1, 12)]
    [InlineData(1000, 0.1, 0)]
    public void Impossible_terms_are_refused(double principal, double rate, int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            LoanSchedule.Build(new LoanTerms((decimal)principal, (decimal)rate, months, D("2026-03-10"))));

    /// <summary>Micro-finance loans: up to 24% a year over up to five years.</summary>
    private static readonly Arbitrary<LoanTerms> MicroLoans =
        (from fen in Gen.Choose(100_000, 500_000_000)
         from basisPoints in Gen.Choose(0, 2_400)
         from months in Gen.Choose(1, 60)
         from day in Gen.Choose(0, 364)
         select new LoanTerms(fen / 100m, basisPoints / 10_000m, months, D("2026-01-01").AddDays(day))).ToArbitrary();

    /// <summary>Long loans at mortgage-like rates: up to 8% over up to thirty years.</summary>
    private static readonly Arbitrary<LoanTerms> LongLoans =
        (from fen in Gen.Choose(10_000_000, 2_000_000_000)
         from basisPoints in Gen.Choose(0, 800)
         from months in Gen.Choose(1, 360)
         select new LoanTerms(fen / 100m, basisPoints / 10_000m, months, D("2026-03-10"))).ToArbitrary();

    private static bool IsSound(LoanTerms terms)
    {
        var schedule = LoanSchedule.Build(terms);
        return schedule.Count == terms.TermMonths
               && schedule.Sum(i => i.Principal) == terms.Principal
               && schedule.All(i => i.Principal > 0 && i.Interest >= 0 && i.Amount == Math.Round(i.Amount, 2))
               && schedule.Take(schedule.Count - 1).All(i => i.Amount == schedule[0].Amount)
               && schedule.Select(i => i.DueDate).Zip(schedule.Skip(1).Select(i => i.DueDate)).All(p => p.First < p.Second);
    }

    [Property]
    public Property Micro_loan_principal_sums_exactly_and_every_amount_is_positive() => Prop.ForAll(MicroLoans, IsSound);

    [Property]
    public Property Long_loan_principal_sums_exactly_and_every_amount_is_positive() => Prop.ForAll(LongLoans, IsSound);
}
