using Actors.Domain.Terminals;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Terminals;

/// <summary>
/// Four eyes on every chain (issue 12): nobody takes two steps of one case, the filer approves nothing of it, and the
/// person the terminal goes to approves none of it. Each refusal names the rule.
/// </summary>
public class FourEyesTests
{
    private static readonly DateTimeOffset Now = Cst("2026-03-16 10:00:00");

    private static readonly Approver Maintainer = new("old", "SB-A", false, false, false);
    private static readonly Approver HeadA = new("head-a", "SB-A", false, true, false);
    private static readonly Approver LeadA = new("lead-a", "SB-A", true, false, false);
    private static readonly Approver HeadB = new("head-b", "SB-B", false, true, false);
    private static readonly Approver LeadAndHeadB = new("lead-head-b", "SB-B", true, true, false);
    private static readonly Approver Management = new("mfd", "HO", false, false, true);

    private static void RefusedByFourEyes(TransferDecision decision)
    {
        Assert.Equal(Verdict.Forbidden, decision.Verdict);
        Assert.Equal(TransferChain.FourEyesRule, decision.Refusal!.Rule);
    }

    private static List<StepEntry> Walk(TransferParties p, Approver filer, params Approver[] confirmations)
    {
        List<StepEntry> entries = [new(StepName.Filed, filer.StaffId, Now, StepDecision.Filed, "why")];
        foreach (var a in confirmations)
        {
            var d = TransferChain.Confirm(p, entries, a, Now, null, isBatchDay: true);
            Assert.Equal(Verdict.Done, d.Verdict);
            entries.Add(d.Entry!);
        }
        return entries;
    }

    [Fact]
    public void In_the_six_step_chain_one_head_does_not_take_both_head_steps_of_a_transfer_within_their_institution()
    {
        var withinA = new TransferParties(TransferKind.Ordinary, "T1", "lead-a", "old", "new", "SB-A", "SB-A");
        var entries = Walk(withinA, LeadA, Maintainer, HeadA);
        RefusedByFourEyes(TransferChain.Confirm(withinA, entries, HeadA, Now, null, false));
        RefusedByFourEyes(TransferChain.Reject(withinA, entries, HeadA, Now, "no"));
    }

    [Fact]
    public void In_the_six_step_chain_the_filer_approves_nothing_and_the_management_department_takes_its_two_steps_by_two_people()
    {
        var filedByManagement = new TransferParties(TransferKind.Ordinary, "T1", "mfd", "old", "new", "SB-A", "SB-B");
        RefusedByFourEyes(TransferChain.Confirm(filedByManagement, Walk(filedByManagement, Management, Maintainer, HeadA, HeadB), Management, Now, null, false));

        var filedByLead = new TransferParties(TransferKind.Ordinary, "T1", "lead-a", "old", "new", "SB-A", "SB-B");
        var entries = Walk(filedByLead, LeadA, Maintainer, HeadA, HeadB, Management);
        RefusedByFourEyes(TransferChain.Confirm(filedByLead, entries, Management, Now, null, false));
    }

    [Fact]
    public void In_a_departure_the_head_who_filed_it_does_not_confirm_it()
    {
        var departure = new TransferParties(TransferKind.Departure, "T1", "head-a", "old", "new", "SB-A", "SB-B");
        RefusedByFourEyes(TransferChain.Confirm(departure, Walk(departure, HeadA, Maintainer), HeadA, Now, null, false));
    }

    [Fact]
    public void In_an_activation_claim_the_claimant_does_not_batch_it_and_who_batched_it_does_not_approve_it()
    {
        // The claimant is a team lead of the receiving institution: they may batch claims, never their own.
        var ownClaim = new TransferParties(TransferKind.Activation, "T1", "lead-head-b", "old", "lead-head-b", "SB-A", "SB-B");
        RefusedByFourEyes(TransferChain.Confirm(ownClaim, Walk(ownClaim, LeadAndHeadB), LeadAndHeadB, Now, null, true));

        // A team lead who is also the institution's head batches a claim, and then may not approve it as head.
        var claim = new TransferParties(TransferKind.Activation, "T1", "cm-b", "old", "cm-b", "SB-A", "SB-B");
        var batched = Walk(claim, new("cm-b", "SB-B", false, false, false), LeadAndHeadB);
        RefusedByFourEyes(TransferChain.Confirm(claim, batched, LeadAndHeadB, Now, null, true));
        Assert.Equal(Verdict.Done, TransferChain.Confirm(claim, batched, HeadB, Now, null, true).Verdict);
    }

    [Fact]
    public void A_maintainer_does_not_file_a_transfer_of_their_own_terminal()
    {
        Assert.Equal(TransferChain.FourEyesRule, TransferChain.MayFile("old", "old")?.Rule);
        Assert.Null(TransferChain.MayFile("lead-a", "old"));
    }

    [Fact]
    public void A_disabled_leavers_step_passes_to_a_team_lead_of_their_institution_or_the_management_department_still_under_four_eyes()
    {
        var departure = new TransferParties(TransferKind.Departure, "T1", "lead-a", "old", "new", "SB-A", "SB-B");
        var filed = Walk(departure, LeadA);
        var otherLeadA = new Approver("lead-a2", "SB-A", true, false, false);
        Assert.Equal(Verdict.Forbidden, TransferChain.Confirm(departure, filed, otherLeadA, Now, null, false).Verdict);

        var left = departure with { MaintainerLeft = true };
        RefusedByFourEyes(TransferChain.Confirm(left, filed, LeadA, Now, null, false));
        Assert.Equal(Verdict.Forbidden, TransferChain.Confirm(left, filed, new("lead-b", "SB-B", true, false, false), Now, null, false).Verdict);
        var byLead = TransferChain.Confirm(left, filed, otherLeadA, Now, "checked", false);
        Assert.Equal((Verdict.Done, "for old, who has left (account disabled): checked"), (byLead.Verdict, byLead.Entry!.Note));
        Assert.Equal(Verdict.Done, TransferChain.Confirm(left, filed, Management, Now, null, false).Verdict);
    }
}
