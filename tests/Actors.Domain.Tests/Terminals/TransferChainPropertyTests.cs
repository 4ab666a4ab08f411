using Actors.Domain.Terminals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Terminals;

/// <summary>Invariants over random sequences of confirms, rejections and withdrawals by random people.</summary>
public class TransferChainPropertyTests
{
    private enum Act { Confirm, Reject, Withdraw }

    private static readonly Approver[] Pool = [.. TransferChainTests.People.Values];

    private static readonly Gen<(Act, int)[]> Sequences =
        Gen.ArrayOf(from act in Gen.Elements(Act.Confirm, Act.Confirm, Act.Confirm, Act.Reject, Act.Withdraw)
                    from who in Gen.Choose(0, Pool.Length - 1)
                    select (act, who));

    private static (List<StepEntry> Entries, bool MaintainerChanged) Run(TransferKind kind, (Act, int)[] actions, bool batchDay)
    {
        var parties = new TransferParties(kind, "T1", "applicant", "old", "new", "SB-A", "SB-B");
        var entries = new List<StepEntry> { new(StepName.Filed, "applicant", Cst("2026-03-10 10:00:00"), StepDecision.Filed, null) };
        var now = Cst("2026-03-10 10:00:00");
        foreach (var (act, who) in actions)
        {
            now = now.AddMinutes(1);
            var a = Pool[who];
            var d = act switch
            {
                Act.Confirm => TransferChain.Confirm(parties, entries, a, now, null, batchDay),
                Act.Reject => TransferChain.Reject(parties, entries, a, now, "no"),
                _ => TransferChain.Withdraw(parties, entries, a, now),
            };
            if (d.Verdict == Verdict.Done)
            {
                entries.Add(d.Entry!);
            }
        }
        // The grain changes the maintainer exactly when the transfer is completed.
        return (entries, TransferChain.Status(kind, entries) == TransferStatus.Completed);
    }

    [Property(MaxTest = 1000)]
    public Property The_maintainer_changes_only_after_all_six_steps_confirmed_in_order_by_the_people_they_name() =>
        Prop.ForAll(Sequences.ToArbitrary(), Gen.Elements(TransferKind.Ordinary, TransferKind.Departure).ToArbitrary(), (actions, kind) =>
        {
            var (entries, changed) = Run(kind, actions, batchDay: false);
            var parties = new TransferParties(kind, "T1", "applicant", "old", "new", "SB-A", "SB-B");
            var allConfirmedInOrder = entries.Select(e => e.Step).SequenceEqual(TransferChain.Steps(kind))
                && entries.Skip(1).All(e => e.Decision == StepDecision.Confirmed
                    && TransferChain.MayTake(e.Step, parties, Pool.First(p => p.StaffId == e.By)));
            Assert.Equal(allConfirmedInOrder, changed);
        });

    [Property(MaxTest = 1000)]
    public Property Steps_are_recorded_in_chain_order_and_nothing_follows_a_rejection_or_withdrawal() =>
        Prop.ForAll(Sequences.ToArbitrary(), Gen.Elements(TransferKind.Ordinary, TransferKind.Activation).ToArbitrary(), (actions, kind) =>
        {
            var (entries, _) = Run(kind, actions, batchDay: true);
            Assert.Equal(TransferChain.Steps(kind).Take(entries.Count), entries.Select(e => e.Step));
            var closing = entries.FindIndex(e => e.Decision is StepDecision.Rejected or StepDecision.Withdrawn);
            Assert.True(closing < 0 || closing == entries.Count - 1);
            // The month-end check is never taken by a person.
            Assert.DoesNotContain(entries, e => e.Step == StepName.Verified && e.Decision != StepDecision.Withdrawn);
        });
}
