using Actors.Domain.Collections;
using Actors.Domain.Loans;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Collections;

public class CollectorWorklistTests
{
    private static readonly DateTimeOffset Now = Cst("2026-03-10 14:30:00");

    private static WorklistLoan Loan(string id, LoanStage stage, int dpd, bool onReminderList = false, PromiseToPay? promise = null, params WorklistCall[] calls) =>
        new(id, "C-" + id, stage, dpd, 100m * (dpd + 1), onReminderList, D("2026-03-12"), NeedsHandOver: false, calls, promise);

    private static WorklistCall Call(string localAt, CallOutcome outcome, NumberType number = NumberType.Mobile) => new(Cst(localAt), number, outcome);

    private static PromiseToPay Promise(string promisedFor) => new("P", 500m, Cst(promisedFor), Cst("2026-03-09 10:00:00"), "A", RepaymentsBefore: 0);

    private static IReadOnlyList<WorkItem> Build(params WorklistLoan[] loans) =>
        CollectorWorklist.Build(loans, Now, Clock, LoanDefaults, new CollectionsRules());

    [Fact]
    public void Follow_ups_come_first_then_reminders_then_overdue_loans_most_days_past_due_first()
    {
        var items = Build(
            Loan("call-5", LoanStage.M1, 5),
            Loan("call-40", LoanStage.M2, 40),
            Loan("remind", LoanStage.PreDue, 0, onReminderList: true),
            Loan("follow-up", LoanStage.M1, 3, promise: Promise("2026-03-10 15:00:00")),
            Loan("current", LoanStage.Current, 0));

        Assert.Equal(
            [("follow-up", WorkKind.PromiseFollowUp), ("remind", WorkKind.Reminder), ("call-40", WorkKind.Call), ("call-5", WorkKind.Call)],
            items.Select(i => (i.LoanId, i.Kind)));
        Assert.Equal((500m, Cst("2026-03-10 15:00:00")), (items[0].Amount, items[0].DueAt));
        Assert.Equal(Cst("2026-03-12 18:00:00"), items[1].DueAt); // the reminder's due date at the cut-off
    }

    [Fact]
    public void A_reminder_counted_over_a_year_without_a_calendar_is_marked_provisional_on_the_worklist()
    {
        var items = Build(Loan("remind", LoanStage.PreDue, 0, onReminderList: true) with { ReminderProvisional = true }, Loan("known", LoanStage.PreDue, 0, onReminderList: true));

        Assert.Equal([("known", false), ("remind", true)], items.Select(i => (i.LoanId, i.ReminderProvisional)).OrderBy(i => i.LoanId));
    }

    [Theory]
    [InlineData("2026-03-10 15:31:00", false)] // window opens at 14:31: not yet
    [InlineData("2026-03-10 13:31:00", true)]
    [InlineData("2026-03-10 13:30:00", false)] // window ended at 14:30 (the loan decides it; nothing to call about meanwhile)
    public void A_loan_with_an_open_promise_is_followed_up_inside_the_window_and_otherwise_left_alone(string promisedFor, bool listed)
    {
        var items = Build(Loan("L", LoanStage.M1, 3, promise: Promise(promisedFor)));

        Assert.Equal(listed, items.Any(i => i.Kind == WorkKind.PromiseFollowUp));
        Assert.DoesNotContain(items, i => i.Kind == WorkKind.Call);
    }

    [Fact]
    public void A_borrower_reached_today_is_off_the_list_until_tomorrow_but_unanswered_calls_keep_them_on_it()
    {
        var items = Build(
            Loan("reached", LoanStage.M1, 5, calls: Call("2026-03-10 09:00:00", CallOutcome.Refused)),
            Loan("reached-yesterday", LoanStage.M1, 5, calls: Call("2026-03-09 09:00:00", CallOutcome.RightPartyContact)),
            Loan("unanswered", LoanStage.M1, 5, calls: [Call("2026-03-10 09:00:00", CallOutcome.NoAnswer), Call("2026-03-10 11:00:00", CallOutcome.NoAnswer, NumberType.Work)]));

        Assert.Equal(["reached-yesterday", "unanswered"], items.Select(i => i.LoanId));
        Assert.Equal((2, 2), (items[1].CallsToday, items[1].NumbersTriedToday));
        Assert.Equal((0, 0), (items[0].CallsToday, items[0].NumbersTriedToday));
    }
}
