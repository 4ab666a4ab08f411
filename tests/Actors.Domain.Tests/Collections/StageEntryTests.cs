using Actors.Domain.Collections;
using Actors.Domain.Loans;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Collections;

public class StageEntryTests
{
    /// <summary>Three installments of 1,000.00 due Mon 23 Feb, Mon 23 Mar and Thu 23 Apr 2026; the first reminder is Thu 12 Feb.</summary>
    private static readonly IReadOnlyList<Installment> ThreeThousands = LoanSchedule.Build(new LoanTerms(3_000m, 0m, 3, D("2026-01-23")));

    [Theory]
    [InlineData("2026-01-30 10:00:00", null)] // Current: time does not enter it
    [InlineData("2026-02-20 10:00:00", "2026-02-12 00:00:00")] // Pre-due from the reminder date
    [InlineData("2026-03-01 10:00:00", "2026-02-23 18:00:00")] // M1 from the cut-off
    [InlineData("2026-04-01 10:00:00", "2026-03-26 00:00:00")] // M2 from the midnight DPD became 31
    [InlineData("2026-05-01 10:00:00", "2026-04-25 00:00:00")] // M3 from DPD 61
    [InlineData("2026-06-01 10:00:00", "2026-05-25 00:00:00")] // M4 from DPD 91
    public void A_stage_entered_by_time_began_at_its_rule_instant_whenever_the_loan_looks(string localNow, string? entered)
    {
        var status = LoanEvaluator.Evaluate(ThreeThousands, [], Cst(localNow), OfficialCalendar, Clock, LoanDefaults);

        Assert.Equal(entered is null ? null : Cst(entered), StageEntry.ByTime(status, Clock, LoanDefaults));
    }
}
