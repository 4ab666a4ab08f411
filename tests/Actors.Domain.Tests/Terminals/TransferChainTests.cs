using Actors.Domain.Terminals;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Terminals;

/// <summary>The six-step chain (brief §2) as a decision table: who may take each step, in which order.</summary>
public class TransferChainTests
{
    private static readonly DateTimeOffset Now = Cst("2026-03-10 10:00:00");

    private static readonly TransferParties Parties = new(TransferKind.Ordinary, "T1", "applicant", "old", "new", "SB-A", "SB-B");

    public static readonly Dictionary<string, Approver> People = new()
    {
        ["applicant"] = new("applicant", "SB-A", false, false, false),
        ["maintainer"] = new("old", "SB-A", false, false, false),
        ["receiver"] = new("new", "SB-B", false, false, false),
        ["head of SB-A"] = new("head-a", "SB-A", false, true, false),
        ["head of SB-B"] = new("head-b", "SB-B", false, true, false),
        ["head of SB-C"] = new("head-c", "SB-C", false, true, false),
        ["team lead of SB-B"] = new("lead-b", "SB-B", true, false, false),
        ["management"] = new("mfd", "HO", false, false, true),
        ["registrar"] = new("mfd-2", "HO", false, false, true),
    };

    private static List<StepEntry> Filed() => [new(StepName.Filed, "applicant", Now, StepDecision.Filed, "why")];

    /// <summary>Walks the chain up to <paramref name="confirmed"/> confirmations by the right people.</summary>
    private static List<StepEntry> After(int confirmed)
    {
        var entries = Filed();
        var who = new[] { "maintainer", "head of SB-A", "head of SB-B", "management", "registrar" };
        for (var i = 0; i < confirmed; i++)
        {
            var d = TransferChain.Confirm(Parties, entries, People[who[i]], Now, null, isBatchDay: false);
            Assert.Equal(Verdict.Done, d.Verdict);
            entries.Add(d.Entry!);
        }
        return entries;
    }

    [Theory]
    // waiting for step 2: only the maintainer
    [InlineData(0, "maintainer", Verdict.Done)]
    [InlineData(0, "receiver", Verdict.Forbidden)]
    [InlineData(0, "applicant", Verdict.Forbidden)]
    [InlineData(0, "head of SB-A", Verdict.Conflict)]
    [InlineData(0, "head of SB-B", Verdict.Conflict)]
    [InlineData(0, "management", Verdict.Conflict)]
    [InlineData(0, "head of SB-C", Verdict.Forbidden)]
    // step 3: the outgoing head
    [InlineData(1, "head of SB-A", Verdict.Done)]
    [InlineData(1, "head of SB-B", Verdict.Conflict)]
    [InlineData(1, "maintainer", Verdict.Conflict)]
    [InlineData(1, "head of SB-C", Verdict.Forbidden)]
    // step 4: the incoming head
    [InlineData(2, "head of SB-B", Verdict.Done)]
    [InlineData(2, "head of SB-A", Verdict.Conflict)]
    [InlineData(2, "team lead of SB-B", Verdict.Forbidden)]
    // steps 5 and 6: the management department
    [InlineData(3, "management", Verdict.Done)]
    [InlineData(3, "head of SB-B", Verdict.Conflict)]
    [InlineData(4, "registrar", Verdict.Done)]
    [InlineData(4, "management", Verdict.Forbidden)] // four eyes: the opinion's giver does not change the register
    [InlineData(4, "receiver", Verdict.Forbidden)]
    // closed: nothing more
    [InlineData(5, "registrar", Verdict.Conflict)]
    [InlineData(5, "maintainer", Verdict.Conflict)]
    public void Each_step_only_by_the_person_it_names_and_only_in_order(int confirmed, string who, Verdict expected)
    {
        var decision = TransferChain.Confirm(Parties, After(confirmed), People[who], Now, null, isBatchDay: false);
        Assert.Equal(expected, decision.Verdict);
    }

    [Fact]
    public void The_full_chain_records_six_steps_in_order_and_completes()
    {
        var entries = After(5);
        Assert.Equal(TransferChain.Steps(TransferKind.Ordinary), entries.Select(e => e.Step));
        Assert.Equal(TransferStatus.Completed, TransferChain.Status(TransferKind.Ordinary, entries));
        Assert.Null(TransferChain.NextStep(TransferKind.Ordinary, entries));
    }

    [Fact]
    public void A_rejection_at_step_3_closes_the_transfer_with_its_reason()
    {
        var entries = After(1);
        Assert.Equal(Verdict.Forbidden, TransferChain.Reject(Parties, entries, People["receiver"], Now, "no").Verdict);
        var rejected = TransferChain.Reject(Parties, entries, People["head of SB-A"], Now, "merchant complained");
        Assert.Equal(new StepEntry(StepName.OutgoingHeadConfirmed, "head-a", Now, StepDecision.Rejected, "merchant complained"), rejected.Entry);
        entries.Add(rejected.Entry!);
        Assert.Equal(TransferStatus.Rejected, TransferChain.Status(TransferKind.Ordinary, entries));
        Assert.Equal(Verdict.Conflict, TransferChain.Confirm(Parties, entries, People["head of SB-B"], Now, null, false).Verdict);
        Assert.Equal(Verdict.Conflict, TransferChain.Withdraw(Parties, entries, People["applicant"], Now).Verdict);
    }

    [Theory]
    [InlineData("applicant", Verdict.Done)]
    [InlineData("maintainer", Verdict.Forbidden)]
    [InlineData("management", Verdict.Forbidden)]
    public void Only_the_applicant_withdraws(string who, Verdict expected) =>
        Assert.Equal(expected, TransferChain.Withdraw(Parties, After(3), People[who], Now).Verdict);
}
