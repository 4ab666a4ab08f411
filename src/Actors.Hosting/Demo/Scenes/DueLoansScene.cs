using Actors.Contracts.Loans;
using Actors.Domain.Collections;

namespace Actors.Hosting.Demo.Scenes;

/// <summary>
/// The loans of a sub-branch with an installment due today, and their borrowers' day: some pay in the morning, some
/// after a reminder call, the others miss the 18:00 cut-off (the loans' own clocks make them overdue) and are called
/// in the evening; one keeps the promise it makes then, one breaks it.
/// </summary>
internal sealed class DueLoansScene(DemoDay day, DemoBranch branch, LoanWork work)
{
    private enum Borrower { PaysInTheMorning, PaysAfterAReminder, KeepsAnEveningPromise, BreaksAnEveningPromise, MissesSilently }

    private static readonly Borrower[] EveryStory =
        [Borrower.PaysInTheMorning, Borrower.PaysAfterAReminder, Borrower.KeepsAnEveningPromise, Borrower.BreaksAnEveningPromise];

    /// <summary>Beyond one of each story, most borrowers pay on time.</summary>
    private static readonly (Borrower, double)[] Mix =
    [
        (Borrower.PaysInTheMorning, 3), (Borrower.PaysAfterAReminder, 3), (Borrower.KeepsAnEveningPromise, 1),
        (Borrower.BreaksAnEveningPromise, 1), (Borrower.MissesSilently, 1),
    ];

    private string BackOffice => $"{branch.Id} back office";

    /// <summary>
    /// The loans falling due today, booked as the loan system registered them: disbursed a month (or, when that day was
    /// not a working day, a few months) before, with the earlier installments paid. Registering the same loan again
    /// changes nothing, so a replayed morning books nothing twice. When no installment can fall due today (after the
    /// 25th), the loans fall due on the nearest earlier day that can, and start the day overdue.
    /// </summary>
    public async Task<IReadOnlyList<LoanSnapshot>> BookAsync(DateTimeOffset at)
    {
        if (day.Options.DueLoansPerBranch == 0 || branch.Clients.Count == 0)
        {
            return [];
        }
        if (DemoLoanDates.NearestDueDate(day.Date, day.Rules.Calendar, day.Rules.Options.Loans) is not { } dates)
        {
            day.Record(at, BackOffice, "book loans", "due today", "no valid disbursement date for a loan falling due near today");
            return [];
        }
        var (dueOn, disbursedOn) = dates;
        var booked = new List<LoanSnapshot>();
        for (var n = 1; n <= day.Options.DueLoansPerBranch; n++)
        {
            var loanId = $"{branch.Id}-L{day.Stamp}-{n}";
            var client = day.Pick(branch.Clients).ClientId;
            var principal = day.Random.Next(5, 60) * 10_000m;
            var grain = day.Grains.GetGrain<ILoanGrain>(loanId);
            var result = await grain.Register(new(branch.Id, client, principal, 0.0435m, DemoLoanDates.TermMonths, disbursedOn));
            if (result.Value is not { } loan)
            {
                day.Record(at, BackOffice, "book loan", loanId, $"refused ({result.Refusal!.Kind}): {result.Refusal.Detail.En}");
                continue;
            }
            var arrears = loan.Installments.Where(i => i.DueDate < dueOn).Sum(i => i.Amount - i.Paid);
            var paid = arrears > 0 ? "; earlier installments " + await work.Pay(loanId, arrears, at) : "";
            var installment = loan.Installments.First(i => i.DueDate == dueOn);
            day.Record(at, BackOffice, "book loan", loanId,
                $"{client}, {DemoDay.Money(principal)} disbursed {disbursedOn:yyyy-MM-dd}, installment {installment.Number} of {DemoDay.Money(installment.Amount)} due {dueOn:yyyy-MM-dd}{paid}");
            // Read again after the arrears: the morning's plans must see a loan with nothing overdue.
            booked.Add(arrears > 0 ? await grain.GetSnapshot() ?? loan : loan);
        }
        return booked;
    }

    /// <summary>
    /// Every loan of the sub-branch (booked today or not) with an installment due today and nothing overdue gets a
    /// borrower's story: one of each while there are loans enough, in a seeded order; any further loans draw theirs.
    /// </summary>
    public void PlanBorrowers(IReadOnlyList<LoanSnapshot> loans)
    {
        var dueToday = loans
            .Where(l => l.DaysPastDue == 0 && l.Installments.Any(i => i.DueDate == day.Date && i.Paid < i.Amount))
            .OrderBy(l => l.LoanId, StringComparer.Ordinal)
            .ToList();
        var stories = day.Shuffled(EveryStory);
        var collectors = branch.Collectors;
        for (var i = 0; i < dueToday.Count; i++)
        {
            var story = i < stories.Count ? stories[i] : day.Weighted(Mix);
            Plan(dueToday[i].LoanId, story, collectors[i % collectors.Count]);
        }
    }

    private void Plan(string loanId, Borrower story, string collector)
    {
        var borrower = LoanWork.Borrower(loanId);
        switch (story)
        {
            case Borrower.PaysInTheMorning:
                var payAt = day.Between(new(9, 0), new(12, 0));
                day.Plan(payAt, borrower, "repay", "installment due today", () => work.Pay(loanId, null, payAt));
                break;
            case Borrower.PaysAfterAReminder:
                var remindAt = day.Between(new(10, 0), new(14, 0));
                var paysAt = Min(remindAt + day.Minutes(30, 150), day.At(new(17, 50)));
                Call(remindAt, loanId, collector, NumberType.Mobile, CallOutcome.RightPartyContact, "reminded: the installment is due today by 18:00");
                day.Plan(paysAt, borrower, "repay", "installment due today", () => work.Pay(loanId, null, paysAt));
                break;
            case Borrower.KeepsAnEveningPromise:
            case Borrower.BreaksAnEveningPromise:
                var keeps = story == Borrower.KeepsAnEveningPromise;
                Call(day.Between(new(16, 0), new(17, 30)), loanId, collector, NumberType.Mobile,
                    keeps ? CallOutcome.NoAnswer : CallOutcome.RightPartyContact,
                    keeps ? "final check on the due date: no answer" : "final check on the due date: says the money is on its way");
                var callAt = day.Between(new(18, 30), new(19, 0));
                var promisedFor = LoanWork.RoundedUp(callAt + day.Minutes(60, 90));
                var keptAt = Max(promisedFor - day.Minutes(0, 40), callAt + TimeSpan.FromMinutes(5));
                day.Plan(callAt, collector, "call", loanId, () => work.Promise(loanId, collector, NumberType.Mobile, promisedFor, keeps ? keptAt : null, callAt));
                break;
            default:
                Call(day.Between(new(16, 0), new(17, 30)), loanId, collector, NumberType.Mobile, CallOutcome.NoAnswer, "final check on the due date: no answer");
                Call(day.Between(new(18, 30), new(19, 30)), loanId, collector, NumberType.Work, CallOutcome.NoAnswer, "missed the cut-off; no answer at work either");
                break;
        }
    }

    private void Call(DateTimeOffset at, string loanId, string collector, NumberType number, CallOutcome outcome, string note) =>
        day.Plan(at, collector, "call", loanId, () => work.Call(loanId, collector, number, outcome, note, at));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
