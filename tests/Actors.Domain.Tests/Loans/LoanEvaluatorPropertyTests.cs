using Actors.Domain.Loans;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Loans;

/// <summary>Invariants of the loan status over random loans, repayment histories and moments, across the 2026 holidays.</summary>
public class LoanEvaluatorPropertyTests
{
    public sealed record Case(IReadOnlyList<Installment> Schedule, IReadOnlyList<Repayment> Repayments, DateTimeOffset Now)
    {
        public override string ToString() =>
            $"loan of {Schedule.Count} x ~{Schedule[0].Amount} from {Schedule[0].DueDate}, now {Now:u}, repayments "
            + string.Join(", ", Repayments.Select(r => $"{r.TransactionId}:{r.Amount}@{r.At:u}"));
    }

    private static readonly DateTimeOffset Origin = Cst("2025-12-01 00:00:00");

    /// <summary>Any minute in about two years, with extra weight on the exact cut-off and midnight instants.</summary>
    private static readonly Gen<DateTimeOffset> Instants = Gen.Frequency(
        (3, Gen.Choose(0, 800 * 24 * 60).Select(m => Origin.AddMinutes(m))),
        (1, Gen.Choose(0, 800).Select(d => Clock.At(DateOnly.FromDateTime(Origin.DateTime).AddDays(d), LoanDefaults.CutOff))),
        (1, Gen.Choose(0, 800).Select(d => Clock.StartOf(DateOnly.FromDateTime(Origin.DateTime).AddDays(d)))));

    private static readonly Arbitrary<Case> Cases =
        (from fen in Gen.Choose(100_000, 10_000_000)
         from basisPoints in Gen.Choose(0, 2_400)
         from months in Gen.Choose(1, 18)
         from day in Gen.Choose(0, 365)
         from count in Gen.Choose(0, 6)
         from amounts in Gen.ArrayOf(Gen.Choose(1, 1_200_000).Select(f => f / 100m), count)
         from times in Gen.ArrayOf(Instants, count)
         from now in Instants
         let schedule = LoanSchedule.Build(new LoanTerms(fen / 100m, basisPoints / 10_000m, months, D("2025-12-01").AddDays(day)))
         select new Case(schedule, amounts.Select((a, i) => new Repayment($"t{i}", a, times[i])).ToArray(), now)).ToArbitrary();

    private static LoanStatus Evaluate(Case c, DateTimeOffset now) =>
        LoanEvaluator.Evaluate(c.Schedule, c.Repayments, now, OfficialCalendar, Clock, LoanDefaults);

    [Property(MaxTest = 500)]
    public Property Money_is_conserved() => Prop.ForAll(Cases, c =>
    {
        var status = Evaluate(c, c.Now);
        var received = c.Repayments.Where(r => r.At <= c.Now).Sum(r => r.Amount);

        Assert.Equal(received, status.PaidPerInstallment.Sum() + status.Unapplied);
        Assert.Equal(c.Schedule.Sum(i => i.Amount) - status.PaidPerInstallment.Sum(), status.Outstanding);
        Assert.InRange(status.OverdueAmount, 0m, status.Outstanding);
    });

    [Property(MaxTest = 500)]
    public Property Days_past_due_are_positive_exactly_when_something_is_overdue() => Prop.ForAll(Cases, c =>
    {
        var status = Evaluate(c, c.Now);

        Assert.Equal(status.OverdueAmount > 0, status.DaysPastDue >= 1);
        Assert.Equal(status.DaysPastDue > 0, status.Stage is LoanStage.M1 or LoanStage.M2 or LoanStage.M3 or LoanStage.M4);
        Assert.Equal(status.Outstanding == 0, status.Stage == LoanStage.Settled);
        if (status.OnReminderList)
            Assert.True(status.DaysPastDue == 0 && status.ReminderDate <= Clock.DateOf(c.Now));
    });

    [Property(MaxTest = 500)]
    public Property Nothing_changes_before_the_next_clock() => Prop.ForAll(Cases, c =>
    {
        // Only repayments already received: between now and the next clock no new money arrives.
        var received = c with { Repayments = c.Repayments.Where(r => r.At <= c.Now).ToArray() };
        var status = Evaluate(received, c.Now);

        Assert.Equal(status.Stage == LoanStage.Settled, status.NextClockAt is null);
        if (status.NextClockAt is not { } next)
            return;
        Assert.True(next > c.Now);
        var justBefore = Evaluate(received, next.AddTicks(-1));
        Assert.Equal(status with { NextClockAt = null }, justBefore with { NextClockAt = null }, StatusComparer.Instance);
    });
}
