using Actors.Domain.Terminals;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Terminals;

public class ActivationClaimsTests
{
    private static readonly DateTimeOffset Now = Cst("2026-04-15 10:00:00");

    private static readonly TransferParties Claim = new(TransferKind.Activation, "T1", "claimant", "old", "claimant", "SB-A", "SB-B");

    private static readonly Approver Maintainer = new("old", "SB-A", false, false, false);
    private static readonly Approver LeadB = new("lead-b", "SB-B", true, false, false);
    private static readonly Approver LeadA = new("lead-a", "SB-A", true, false, false);
    private static readonly Approver HeadA = new("head-a", "SB-A", false, true, false);
    private static readonly Approver HeadB = new("head-b", "SB-B", false, true, false);
    private static readonly Approver Management = new("mfd", "HO", false, false, true);

    private static List<StepEntry> Filed() => [new(StepName.Filed, "claimant", Now, StepDecision.Filed, null)];

    [Theory]
    [InlineData(true, false, false, false, null)]
    [InlineData(false, false, false, false, "not on the previous month-end inactive list")]
    [InlineData(true, true, false, false, "still inactive")]
    [InlineData(true, false, true, false, "already maintains")]
    [InlineData(true, false, false, true, "another transfer")]
    public void Who_may_file_a_claim(bool listed, bool inactiveNow, bool isMaintainer, bool open, string? refusal)
    {
        var decision = ActivationClaims.MayFile(listed, inactiveNow, isMaintainer, open);
        if (refusal is null)
        {
            Assert.Null(decision);
        }
        else
        {
            Assert.Equal(Verdict.Conflict, decision!.Verdict);
            Assert.Contains(refusal, decision.Refusal!.Detail.En);
        }
    }

    [Theory]
    [InlineData("2026-04-01", true)]   // Wednesday
    [InlineData("2026-04-15", true)]   // Wednesday
    [InlineData("2026-04-14", false)]
    [InlineData("2026-04-16", false)]
    [InlineData("2026-03-15", false)]  // Sunday: the batch moves to Monday 16 March
    [InlineData("2026-03-16", true)]
    [InlineData("2026-05-01", false)]  // Labour Day holiday, 1–5 May
    [InlineData("2026-05-06", true)]
    [InlineData("2026-02-15", false)]  // Spring Festival 15–23 Feb
    [InlineData("2026-02-24", true)]
    [InlineData("2026-11-02", true)]   // 1 Nov is a Sunday
    public void Batches_go_on_the_1st_and_15th_or_the_next_working_day(string date, bool expected) =>
        Assert.Equal(expected, ActivationClaims.IsBatchDay(D(date), OfficialCalendar));

    [Fact]
    public void The_original_maintainer_has_no_step_and_the_order_is_batch_head_management()
    {
        var entries = Filed();
        Assert.Equal(Verdict.Forbidden, TransferChain.Confirm(Claim, entries, Maintainer, Now, null, true).Verdict);
        Assert.Equal(Verdict.Forbidden, TransferChain.Confirm(Claim, entries, LeadA, Now, null, true).Verdict);
        Assert.Equal(Verdict.Conflict, TransferChain.Confirm(Claim, entries, LeadB, Now, null, isBatchDay: false).Verdict);
        Assert.Equal(Verdict.Conflict, TransferChain.Confirm(Claim, entries, HeadB, Now, null, true).Verdict);
        entries.Add(TransferChain.Confirm(Claim, entries, LeadB, Now, null, true).Entry!);
        Assert.Equal(ClaimStatus.Batched, ActivationClaims.StatusOf(entries));
        Assert.Equal(Verdict.Forbidden, TransferChain.Confirm(Claim, entries, HeadA, Now, null, true).Verdict);
        Assert.Equal(Verdict.Conflict, TransferChain.Confirm(Claim, entries, Management, Now, null, true).Verdict);
        entries.Add(TransferChain.Confirm(Claim, entries, HeadB, Now, null, true).Entry!);
        entries.Add(TransferChain.Confirm(Claim, entries, Management, Now, null, true).Entry!);
        Assert.Equal(ClaimStatus.Approved, ActivationClaims.StatusOf(entries));
        // Nobody takes the month-end check by hand (the department's own step is behind it: out of order).
        Assert.Equal(Verdict.Conflict, TransferChain.Confirm(Claim, entries, Management, Now, null, true).Verdict);

        var credited = entries.Append(TransferChain.Verify(Claim, entries, Now, activeInMonth: true, "2026-04").Entry!).ToList();
        var notCredited = entries.Append(TransferChain.Verify(Claim, entries, Now, activeInMonth: false, "2026-04").Entry!).ToList();
        Assert.Equal((ClaimStatus.Credited, TransferStatus.Completed), (ActivationClaims.StatusOf(credited), TransferChain.Status(TransferKind.Activation, credited)));
        Assert.Equal((ClaimStatus.NotCredited, TransferStatus.Rejected), (ActivationClaims.StatusOf(notCredited), TransferChain.Status(TransferKind.Activation, notCredited)));
    }

    [Theory]
    [InlineData("2026-04-03", "2026-04-20", "2026-04-01", "2026-05-01 00:00:00")]
    [InlineData("2026-04-20", "2026-05-07", "2026-05-01", "2026-06-01 00:00:00")]
    [InlineData("2026-12-30", "2026-12-31", "2026-12-01", "2027-01-01 00:00:00")]
    public void A_claim_is_checked_at_the_end_of_the_month_it_was_approved_in(string filed, string approved, string month, string monthEnd)
    {
        var verified = ActivationClaims.VerificationMonth(D(filed), D(approved));
        Assert.Equal(D(month), verified);
        Assert.Equal(Cst(monthEnd), ActivationClaims.MonthEndOf(verified, Clock));
    }

    [Theory]
    [InlineData("2026-04-01 00:00:00", "2026-03")]
    [InlineData("2026-01-01 00:00:00", "2025-12")]
    public void The_month_end_job_lists_the_month_just_ended(string now, string month) =>
        Assert.Equal(month, ActivationClaims.MonthKey(InactiveList.MonthJustEnded(Cst(now), Clock)));

    [Theory]
    [InlineData("2026-03-31 23:59:59", true)]
    [InlineData("2026-04-01 00:00:00", true)]
    [InlineData("2026-04-01 00:00:01", false)]
    public void Listed_when_inactive_at_the_month_end_instant(string inactiveAt, bool listed) =>
        Assert.Equal(listed, InactiveList.IsListed(Cst(inactiveAt), Cst("2026-04-01 00:00:00")));
}
