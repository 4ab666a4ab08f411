using Actors.Contracts.Loans;
using Actors.Domain.Collections;
using Actors.Domain.Loans;

namespace Actors.Hosting.Demo.Scenes;

/// <summary>
/// The collectors' morning on a sub-branch's overdue loans (brief §5): phone first, on the borrower's numbers in the
/// brief's mix; promises to pay in the afternoon, some kept and some broken (the loans' own clocks decide which); no
/// answer in the morning means another time slot on another number; a loan that must change hands goes to the other
/// collector first. M3 loans are the central room's collector's; M4 is legal review, not phone work.
/// </summary>
internal sealed class CollectionsScene(DemoDay day, DemoBranch branch, LoanWork work)
{
    private enum Borrower { KeepsAPromise, BreaksAPromise, AnswersLater, Refuses, ThirdPartyAnswers }

    private static readonly (Borrower, double)[] Mix =
        [(Borrower.KeepsAPromise, 3), (Borrower.BreaksAPromise, 2), (Borrower.AnswersLater, 3), (Borrower.Refuses, 1), (Borrower.ThirdPartyAnswers, 1)];

    public void Plan()
    {
        var overdue = branch.Loans
            .Where(l => l.DaysPastDue > 0 && l.Stage is LoanStage.M1 or LoanStage.M2 or LoanStage.M3)
            .OrderBy(l => l.LoanId, StringComparer.Ordinal);
        var called = day.Shuffled(overdue).Take(day.Options.CollectionCallsPerBranch).ToList();
        for (var i = 0; i < called.Count; i++)
        {
            // A broken and a kept promise every morning that has two overdue loans to call; the rest as it comes.
            var story = i switch { 0 => Borrower.BreaksAPromise, 1 => Borrower.KeepsAPromise, _ => day.Weighted(Mix) };
            Plan(called[i], story, CollectorFor(called[i], i));
        }
    }

    /// <summary>The loan's own collector; a new one when the hand-over rule says so (the supervisor assigns at 09:10); else by turn.</summary>
    private string CollectorFor(LoanSnapshot loan, int turn)
    {
        IReadOnlyList<string> pool = loan.Stage == LoanStage.M3 ? [DemoRoster.CentralCollector] : branch.Collectors;
        var current = loan.Collections.CollectorId;
        if (current is not null && !loan.Collections.NeedsHandOver)
        {
            return current;
        }
        var others = pool.Where(c => c != current).ToList();
        var next = others.Count > 0 ? others[turn % others.Count] : pool[0];
        if (current is not null)
        {
            var at = day.At(new(9, 10));
            day.Plan(at, $"{branch.Id} collections supervisor", "hand over", loan.LoanId, async () =>
            {
                var result = await day.Grains.GetGrain<ILoanGrain>(loan.LoanId).AssignCollector(next);
                return result.Value is null ? $"refused: {result.Refusal?.Detail.En}" : $"from {current} to {next}";
            });
        }
        return next;
    }

    private void Plan(LoanSnapshot loan, Borrower story, string collector)
    {
        var loanId = loan.LoanId;
        var callAt = day.Between(new(9, 30), new(11, 30));
        var number = work.AnyNumber();
        switch (story)
        {
            case Borrower.KeepsAPromise:
            case Borrower.BreaksAPromise:
                var promisedFor = LoanWork.RoundedUp(day.Between(new(14, 0), new(16, 30)));
                DateTimeOffset? payAt = story == Borrower.KeepsAPromise ? promisedFor - day.Minutes(0, 50) : null;
                day.Plan(callAt, collector, "call", loanId, () => work.Promise(loanId, collector, number, promisedFor, payAt, callAt));
                break;
            case Borrower.AnswersLater:
                Call(callAt, loanId, collector, NumberType.Mobile, CallOutcome.NoAnswer, "no answer on the mobile");
                var againAt = day.Between(new(14, 0), new(15, 30));
                if (day.Chance(0.5))
                {
                    var eveningPromise = LoanWork.RoundedUp(day.Between(new(19, 0), new(20, 0)));
                    DateTimeOffset? keptAt = day.Chance(0.5) ? eveningPromise - day.Minutes(0, 50) : null;
                    day.Plan(againAt, collector, "call", loanId, () => work.Promise(loanId, collector, NumberType.Work, eveningPromise, keptAt, againAt));
                }
                else
                {
                    Call(againAt, loanId, collector, NumberType.Work, CallOutcome.RightPartyContact, "reached at work: salary comes on Friday");
                }
                break;
            case Borrower.Refuses:
                Call(callAt, loanId, collector, number, CallOutcome.Refused, "disputes the penalty interest and refuses to pay: tone escalates");
                break;
            default:
                Call(callAt, loanId, collector, number, CallOutcome.ThirdParty, "a relative took a message");
                Call(day.Between(new(18, 30), new(19, 30)), loanId, collector, NumberType.Home, CallOutcome.RightPartyContact, "reached at home: will come to the branch");
                break;
        }
    }

    private void Call(DateTimeOffset at, string loanId, string collector, NumberType number, CallOutcome outcome, string note) =>
        day.Plan(at, collector, "call", loanId, () => work.Call(loanId, collector, number, outcome, note, at));
}
