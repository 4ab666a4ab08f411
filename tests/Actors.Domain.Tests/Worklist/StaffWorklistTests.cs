using Actors.Domain.Collections;
using Actors.Domain.Worklist;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Worklist;

public class StaffWorklistTests
{
    private static readonly WorklistRules Defaults = new();
    private static readonly DateTimeOffset Now = Cst("2026-03-10 09:00:00");
    private static readonly HashSet<string> Me = new(["M1"], StringComparer.Ordinal);

    [Theory]
    [InlineData("2026-03-09", VisitStanding.Overdue)] // yesterday
    [InlineData("2026-03-10", VisitStanding.Due)] // today: due, not yet overdue
    [InlineData("2026-03-17", VisitStanding.Due)] // 7 days ahead: within the horizon
    [InlineData("2026-03-18", VisitStanding.NotYet)]
    [InlineData("2025-12-01", VisitStanding.Overdue)]
    public void A_visit_is_due_within_seven_days_and_overdue_after_its_date(string dueOn, VisitStanding expected) =>
        Assert.Equal(expected, StaffWorklist.VisitStandingOf(D(dueOn), D("2026-03-10"), Defaults));

    [Fact]
    public void The_visit_horizon_is_configurable() =>
        Assert.Equal(VisitStanding.NotYet, StaffWorklist.VisitStandingOf(D("2026-03-13"), D("2026-03-10"), new WorklistRules { VisitsDueWithinDays = 2 }));

    [Theory]
    [InlineData(false, null, false)] // not on the reminder list
    [InlineData(true, null, true)] // on the list, no call yet today
    [InlineData(true, CallOutcome.NoAnswer, true)] // tried, not reached: remind again
    [InlineData(true, CallOutcome.ThirdParty, true)]
    [InlineData(true, CallOutcome.RightPartyContact, false)] // reached today: done for today
    [InlineData(true, CallOutcome.PromiseToPay, false)]
    public void A_reminder_is_to_make_while_on_the_list_until_the_borrower_is_reached_today(bool onList, CallOutcome? call, bool expected)
    {
        WorklistCall[] calls = call is { } c ? [new(Now, NumberType.Mobile, c)] : [];
        Assert.Equal(expected, StaffWorklist.ReminderToMake(onList, calls));
    }

    [Theory]
    [InlineData("2026-03-10 16:00:00", true)] // later today
    [InlineData("2026-03-10 08:00:00", true)] // earlier today, still open
    [InlineData("2026-03-09 23:30:00", true)] // yesterday and not yet decided
    [InlineData("2026-03-11 00:00:00", false)] // tomorrow
    public void An_open_promise_is_followed_up_on_its_day(string promisedFor, bool expected) =>
        Assert.Equal(expected, StaffWorklist.PromiseToFollowUp(Cst(promisedFor), D("2026-03-10"), Clock));

    [Fact]
    public void The_worklist_holds_only_the_owners_clients_loans_and_terminals()
    {
        WorklistClient[] clients =
        [
            new("C-over", "SB", "Overdue Ltd", "M1", D("2026-03-01")),
            new("C-due", "SB", "Due Soon", "M1", D("2026-03-12")),
            new("C-later", "SB", "Later Co", "M1", D("2026-05-01")),
            new("C-other", "SB", "Someone Else's", "M2", D("2026-03-01")),
            new("C-none", "SB", "Unallocated", null, D("2026-03-01")),
        ];
        WorklistLoanWork[] loans =
        [
            Loan("L-mine", manager: "M1", collector: null, onList: true),
            Loan("L-collected", manager: "M2", collector: "M1", onList: true),
            Loan("L-theirs", manager: "M2", collector: null, onList: true),
            Loan("L-promise", manager: "M1", collector: null, onList: false, promiseAt: Cst("2026-03-10 15:00:00")),
            Loan("L-promise-tomorrow", manager: "M1", collector: null, onList: false, promiseAt: Cst("2026-03-11 15:00:00")),
        ];
        WorklistTerminal[] terminals =
        [
            new("T-idle", "SB", "Noodle shop", "M1", true, Cst("2026-02-01 10:00:00")),
            new("T-busy", "SB", "Tea house", "M1", false, null),
            new("T-theirs", "SB", "Bakery", "M2", true, Cst("2026-02-01 10:00:00")),
        ];

        var entries = StaffWorklist.Build(clients, loans, terminals, Me, Now, Clock, Defaults, LoanDefaults);

        Assert.Equal(
            [
                (WorklistKind.VisitDue, "C-due"),
                (WorklistKind.VisitOverdue, "C-over"),
                (WorklistKind.Reminder, "L-collected"),
                (WorklistKind.Reminder, "L-mine"),
                (WorklistKind.PromiseDue, "L-promise"),
                (WorklistKind.InactiveTerminal, "T-idle"),
            ],
            entries.Select(e => (e.Kind, e.Id)).OrderBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal("M1", e.OwnerId));
        var reminder = entries.Single(e => e.Id == "L-mine");
        Assert.Equal(Cst("2026-03-12 18:00:00"), reminder.DueAt); // the cut-off of the due date
    }

    [Fact]
    public void A_team_worklist_gives_a_loan_worked_by_two_members_to_each_of_them()
    {
        var team = new HashSet<string>(["M1", "M2"], StringComparer.Ordinal);
        var entries = StaffWorklist.Build(
            [new("C1", "SB", "A", "M1", D("2026-03-01")), new("C2", "SB", "B", "M2", D("2026-03-01"))],
            [Loan("L1", manager: "M2", collector: "M1", onList: true)],
            [], team, Now, Clock, Defaults, LoanDefaults);

        Assert.Equal(
            [(WorklistKind.VisitOverdue, "C1", "M1"), (WorklistKind.VisitOverdue, "C2", "M2"), (WorklistKind.Reminder, "L1", "M1"), (WorklistKind.Reminder, "L1", "M2")],
            entries.Select(e => (e.Kind, e.Id, e.OwnerId)));
    }

    private static WorklistLoanWork Loan(string id, string manager, string? collector, bool onList, DateTimeOffset? promiseAt = null) => new(
        id, "SB", "C-" + id, "Client of " + id, manager, collector, onList, D("2026-03-12"), 1_000m, [],
        promiseAt is { } at ? [new WorklistPromise("P-" + id, 500m, at)] : []);
}
