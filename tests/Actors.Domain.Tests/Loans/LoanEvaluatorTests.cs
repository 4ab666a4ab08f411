using Actors.Domain.Loans;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Loans;

public class LoanEvaluatorTests
{
    /// <summary>Three installments of 1,000.00 due Mon 23 Feb, Mon 23 Mar and Thu 23 Apr 2026; the first reminder is Thu 12 Feb.</summary>
    private static readonly IReadOnlyList<Installment> ThreeThousands = LoanSchedule.Build(new LoanTerms(3_000m, 0m, 3, D("2026-01-23")));

    private static LoanStatus At(string localNow, params Repayment[] repayments) => At(ThreeThousands, localNow, repayments);

    private static LoanStatus At(IReadOnlyList<Installment> schedule, string localNow, params Repayment[] repayments) =>
        LoanEvaluator.Evaluate(schedule, repayments, Cst(localNow), OfficialCalendar, Clock, LoanDefaults);

    private static Repayment Paid(string id, decimal amount, string localAt) => new(id, amount, Cst(localAt));

    [Theory]
    [InlineData("2026-02-23 17:59:59", LoanStage.PreDue, 0, 0)]
    [InlineData("2026-02-23 18:00:00", LoanStage.M1, 1, 1_000)] // = 10:00:00 UTC: overdue from that instant
    [InlineData("2026-02-23 23:59:59", LoanStage.M1, 1, 1_000)]
    [InlineData("2026-02-24 00:00:00", LoanStage.M1, 1, 1_000)]
    public void Unpaid_at_18_00_local_on_the_due_date_is_overdue(string localNow, LoanStage stage, int dpd, decimal overdue)
    {
        var status = At(localNow);

        Assert.Equal((stage, dpd, overdue), (status.Stage, status.DaysPastDue, status.OverdueAmount));
    }

    [Fact]
    public void The_cut_off_is_10_00_UTC_for_China_Standard_Time()
    {
        LoanStatus AtUtc(string instant) => LoanEvaluator.Evaluate(ThreeThousands, [], Utc(instant), OfficialCalendar, Clock, LoanDefaults);

        Assert.Equal(0, AtUtc("2026-02-23T09:59:59Z").DaysPastDue);
        Assert.Equal(1, AtUtc("2026-02-23T10:00:00Z").DaysPastDue);
    }

    [Theory]
    [InlineData("2026-02-23 17:59:59")] // on time
    [InlineData("2026-02-23 18:00:00")] // in the account at the cut-off instant: not overdue at that instant
    public void A_repayment_by_the_cut_off_keeps_the_loan_current(string paidAt)
    {
        var status = At("2026-02-23 18:00:00", Paid("t1", 1_000m, paidAt));

        Assert.Equal(LoanStage.Current, status.Stage);
        Assert.Equal(0, status.DaysPastDue);
        Assert.Equal(2, status.OldestUnpaidInstallment);
    }

    [Fact]
    public void A_repayment_after_the_cut_off_cures_the_loan_from_then()
    {
        var payment = Paid("t1", 1_000m, "2026-02-23 18:00:01");

        Assert.Equal(1, At("2026-02-23 18:00:00", payment).DaysPastDue); // not yet received
        Assert.Equal(0, At("2026-02-23 18:00:01", payment).DaysPastDue);
    }

    [Theory]
    [InlineData("2026-02-11 23:59:59", LoanStage.Current, 0)]
    [InlineData("2026-02-12 00:00:00", LoanStage.PreDue, 0)] // the reminder date: 3 working days before, over Spring Festival
    [InlineData("2026-02-23 12:00:00", LoanStage.PreDue, 0)]
    [InlineData("2026-02-23 18:00:00", LoanStage.M1, 1)]
    [InlineData("2026-02-25 00:00:00", LoanStage.M1, 2)]
    [InlineData("2026-03-25 09:00:00", LoanStage.M1, 30)]
    [InlineData("2026-03-26 00:00:00", LoanStage.M2, 31)]
    [InlineData("2026-04-24 09:00:00", LoanStage.M2, 60)]
    [InlineData("2026-04-25 00:00:00", LoanStage.M3, 61)]
    [InlineData("2026-05-24 09:00:00", LoanStage.M3, 90)]
    [InlineData("2026-05-25 00:00:00", LoanStage.M4, 91)]
    public void An_unpaid_loan_moves_Current_PreDue_M1_M2_M3_M4_as_time_passes(string localNow, LoanStage stage, int dpd)
    {
        var status = At(localNow);

        Assert.Equal((stage, dpd), (status.Stage, status.DaysPastDue));
        Assert.Equal(stage == LoanStage.PreDue, status.OnReminderList);
    }

    [Fact]
    public void Overdue_counts_every_installment_past_its_cut_off_but_days_from_the_oldest()
    {
        var status = At("2026-03-24 12:00:00");

        Assert.Equal(29, status.DaysPastDue);
        Assert.Equal(2_000m, status.OverdueAmount);
        Assert.Equal(3_000m, status.Outstanding);
        Assert.Equal(1, status.OldestUnpaidInstallment);
        Assert.Equal(D("2026-02-23"), status.OldestUnpaidDueDate);
    }

    [Theory]
    [InlineData("2026-01-31 18:00:00", 1)]
    [InlineData("2026-02-01 00:00:00", 1)]
    [InlineData("2026-02-28 23:59:59", 28)]
    [InlineData("2026-03-01 00:00:00", 29)] // = 28 Feb 16:00 UTC: the local date decides
    public void Days_past_due_count_local_calendar_days_across_month_ends(string localNow, int dpd)
    {
        // Disbursed 31 Dec 2025 (refused in practice, but due dates must still clamp): due 31 Jan, 28 Feb, 31 Mar.
        var schedule = LoanSchedule.Build(new LoanTerms(3_000m, 0m, 3, D("2025-12-31")));

        Assert.Equal(dpd, At(schedule, localNow).DaysPastDue);
    }

    public static TheoryData<decimal, LoanStage, int, decimal, decimal, int> Cures => new()
    {
        // paid on 24 Mar 10:00 with installments 1 and 2 overdue: stage, DPD, overdue, outstanding, oldest unpaid
        { 500m, LoanStage.M1, 29, 1_500m, 2_500m, 1 }, // nothing cleared: still counted from 23 Feb
        { 1_500m, LoanStage.M1, 1, 500m, 1_500m, 2 }, // oldest cleared: counted from 23 Mar
        { 2_000m, LoanStage.Current, 0, 0m, 1_000m, 3 }, // every overdue installment cleared: cured
        { 2_500m, LoanStage.Current, 0, 0m, 500m, 3 }, // cured, and part of the next one paid early
    };

    [Theory]
    [MemberData(nameof(Cures))]
    public void A_payment_that_clears_every_overdue_installment_cures_the_loan(
        decimal amount, LoanStage stage, int dpd, decimal overdue, decimal outstanding, int oldestUnpaid)
    {
        var status = At("2026-03-24 12:00:00", Paid("t1", amount, "2026-03-24 10:00:00"));

        Assert.Equal((stage, dpd, overdue, outstanding, oldestUnpaid),
            (status.Stage, status.DaysPastDue, status.OverdueAmount, status.Outstanding, status.OldestUnpaidInstallment));
    }

    [Fact]
    public void Several_partial_payments_add_up_to_a_cure()
    {
        var status = At("2026-03-24 12:00:00",
            Paid("t1", 700m, "2026-03-01 09:00:00"),
            Paid("t2", 800m, "2026-03-20 09:00:00"),
            Paid("t3", 500m, "2026-03-24 10:00:00"));

        Assert.Equal(0, status.DaysPastDue);
        Assert.Equal([1_000m, 1_000m, 0m], status.PaidPerInstallment);
    }

    [Fact]
    public void A_partly_paid_installment_stays_on_the_reminder_list_until_paid()
    {
        var status = At("2026-02-20 10:00:00", Paid("t1", 400m, "2026-02-13 10:00:00"));

        Assert.Equal(LoanStage.PreDue, status.Stage);
        Assert.True(status.OnReminderList);
        Assert.Equal(D("2026-02-12"), status.ReminderDate);
        Assert.Equal(D("2026-02-23"), status.NextDueDate);
    }

    [Fact]
    public void An_overdue_loan_is_in_collections_not_on_the_reminder_list()
    {
        var status = At("2026-02-24 10:00:00");

        Assert.False(status.OnReminderList);
        Assert.Equal(D("2026-02-12"), status.ReminderDate);
    }

    [Fact]
    public void Paying_off_everything_settles_the_loan_and_keeps_the_excess_unapplied()
    {
        var status = At("2026-03-24 12:00:00", Paid("t1", 3_250.50m, "2026-03-24 10:00:00"));

        Assert.Equal(LoanStage.Settled, status.Stage);
        Assert.Equal((0, 0m, 0m, 250.50m), (status.DaysPastDue, status.Outstanding, status.OverdueAmount, status.Unapplied));
        Assert.Null(status.OldestUnpaidInstallment);
        Assert.Null(status.NextDueDate);
        Assert.Null(status.NextClockAt);
    }

    [Fact]
    public void Repayments_after_now_are_not_counted()
    {
        var status = At("2026-02-23 12:00:00", Paid("t1", 1_000m, "2026-02-23 12:00:01"));

        Assert.Equal(1_000m * 3, status.Outstanding);
        Assert.Equal(LoanStage.PreDue, status.Stage);
    }

    [Fact]
    public void A_repayment_dated_ahead_wakes_the_loan_at_its_instant_even_when_it_settles_the_loan()
    {
        var overdue = At("2026-03-24 12:00:00", Paid("t1", 2_000m, "2026-03-24 12:04:00"));
        var settling = At("2026-03-24 12:00:00", Paid("t1", 3_000m, "2026-03-24 12:04:00"));

        Assert.Equal((LoanStage.M1, Cst("2026-03-24 12:04:00")), (overdue.Stage, overdue.NextClockAt));
        Assert.Equal(Cst("2026-03-24 12:04:00"), settling.NextClockAt);
        Assert.Equal(LoanStage.Settled, At("2026-03-24 12:04:00", Paid("t1", 3_000m, "2026-03-24 12:04:00")).Stage);
    }

    [Fact]
    public void A_repayment_delivered_twice_counts_once()
    {
        var payment = Paid("t1", 1_000m, "2026-02-20 10:00:00");

        var status = At("2026-02-24 10:00:00", payment, payment);

        Assert.Equal([1_000m, 0m, 0m], status.PaidPerInstallment);
    }

    [Fact]
    public void Repayments_may_arrive_in_any_order()
    {
        Repayment[] inTimeOrder = [Paid("a", 600m, "2026-02-20 10:00:00"), Paid("b", 600m, "2026-02-21 10:00:00"), Paid("c", 1_000m, "2026-02-21 10:00:00")];

        Assert.Equal(At("2026-03-24 12:00:00", inTimeOrder), At("2026-03-24 12:00:00", [.. inTimeOrder.Reverse()]), StatusComparer.Instance);
    }

    [Theory]
    [InlineData("2026-02-01 10:00:00", "2026-02-12 00:00:00")] // current: wake at the start of the reminder date
    [InlineData("2026-02-12 00:00:00", "2026-02-23 18:00:00")] // on the list: wake at the cut-off
    [InlineData("2026-02-23 18:00:00", "2026-02-24 00:00:00")] // overdue: DPD changes at every local midnight
    [InlineData("2026-03-23 17:00:00", "2026-03-23 18:00:00")] // overdue: the next cut-off comes before midnight
    public void The_next_clock_is_the_earliest_moment_the_status_can_change_by_itself(string localNow, string localNext) =>
        Assert.Equal(Cst(localNext), At(localNow).NextClockAt);

    [Fact]
    public void After_a_cure_the_next_clock_is_the_next_reminder_date()
    {
        var status = At("2026-03-24 12:00:00", Paid("t1", 2_000m, "2026-03-24 10:00:00"));

        Assert.Equal(D("2026-04-20"), status.ReminderDate); // 3 working days before Thu 23 Apr
        Assert.Equal(Cst("2026-04-20 00:00:00"), status.NextClockAt);
    }
}
