using Actors.Contracts.Clients;
using Actors.Contracts.Loans;
using Actors.Domain.Loans;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests;

[Collection(GridCollection.Name)]
public sealed class LoanLifecycleTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    /// <summary>A loan disbursed today (or the last day a disbursement was allowed), with its first installment a month out.</summary>
    private async Task<(ILoanGrain Loan, LoanSnapshot Snapshot, string ClientId)> DisburseAsync(decimal principal = 120_000m)
    {
        var network = await Network.CreateAsync(Grid.Client);
        var clientId = await network.Client(Grid.Clock.Today().AddYears(-1));
        var loan = Grid.Client.GetGrain<ILoanGrain>(Network.NewId("L"));
        for (var day = Grid.Clock.Today(); ; day = day.AddDays(-1))
        {
            var result = await loan.Register(new(network.InstitutionId, clientId, principal, 0.06m, 12, day));
            if (result.Refusal is null)
            {
                return (loan, result.Value!, clientId);
            }
        }
    }

    private Task<LoanSnapshot> Until(ILoanGrain loan, Func<LoanSnapshot, bool> condition, string what) =>
        Eventually.Until(async () => (await loan.GetSnapshot())!, condition, what, Grid.Clock);

    [Fact]
    public async Task A_loan_passes_reminder_due_overdue_M1_M2_M3_as_the_clock_advances_and_cures_on_payment()
    {
        var (loan, opened, clientId) = await DisburseAsync();
        var first = opened.Installments[0];
        Assert.Equal(LoanStage.Current, opened.Stage);

        Grid.Clock.AdvanceTo(Cst.At(first.ReminderDate, 0));
        var reminded = await Until(loan, s => s.Stage == LoanStage.PreDue, "the reminder is on the list");
        Assert.True(reminded.OnReminderList);

        Grid.Clock.AdvanceTo(Cst.At(first.DueDate, 17, 59, 59));
        Assert.Equal((LoanStage.PreDue, 0), ((await loan.GetSnapshot())!.Stage, (await loan.GetSnapshot())!.DaysPastDue));

        Grid.Clock.AdvanceTo(Cst.At(first.DueDate, 18));
        var overdue = await Until(loan, s => s.Stage == LoanStage.M1, "the loan is overdue at the 18:00 cut-off");
        Assert.Equal(1, overdue.DaysPastDue);
        Assert.Equal(first.Amount, overdue.OverdueAmount);

        Grid.Clock.AdvanceTo(Cst.At(first.DueDate.AddDays(30), 0));
        Assert.Equal(30, (await Until(loan, s => s.DaysPastDue == 30, "DPD 30")).DaysPastDue);
        Grid.Clock.AdvanceTo(Cst.At(first.DueDate.AddDays(31), 0));
        Assert.Equal(LoanStage.M2, (await Until(loan, s => s.DaysPastDue == 31, "DPD 31")).Stage);
        Grid.Clock.AdvanceTo(Cst.At(first.DueDate.AddDays(61), 0));
        var m3 = await Until(loan, s => s.DaysPastDue == 61, "DPD 61");
        Assert.Equal(LoanStage.M3, m3.Stage);

        // Oldest first: paying exactly the first installment leaves DPD counted from the second one's due date.
        var now = Grid.Clock.GetUtcNow();
        await loan.ApplyRepayment(new(Network.NewId("tx"), loan.GetPrimaryKeyString(), first.Amount, now));
        var partlyCured = (await loan.GetSnapshot())!;
        var second = opened.Installments[1];
        Assert.Equal(Grid.Clock.Today().DayNumber - second.DueDate.DayNumber, partlyCured.DaysPastDue);
        Assert.True(partlyCured.Stage is LoanStage.M1 or LoanStage.M2);

        await loan.ApplyRepayment(new(Network.NewId("tx"), loan.GetPrimaryKeyString(), partlyCured.OverdueAmount, now));
        var cured = (await loan.GetSnapshot())!;
        Assert.Equal(0, cured.DaysPastDue);
        Assert.Equal(0m, cured.OverdueAmount);
        Assert.True(cured.Stage is LoanStage.Current or LoanStage.PreDue);

        var client = await Grid.Client.GetGrain<IClientGrain>(clientId).GetSnapshot();
        Assert.Equal(cured.Outstanding, client!.LoanBalance);
    }

    [Fact]
    public async Task A_repayment_before_the_cut_off_keeps_the_loan_out_of_collections()
    {
        var (loan, opened, _) = await DisburseAsync();
        var first = opened.Installments[0];
        Grid.Clock.AdvanceTo(Cst.At(first.DueDate, 17, 59));
        await loan.ApplyRepayment(new(Network.NewId("tx"), loan.GetPrimaryKeyString(), first.Amount, Grid.Clock.GetUtcNow()));

        Grid.Clock.AdvanceTo(Cst.At(first.DueDate.AddDays(1), 0, 0, 1));
        var snapshot = (await loan.GetSnapshot())!;
        Assert.Equal(0, snapshot.DaysPastDue);
        Assert.Equal(LoanStage.Current, snapshot.Stage);
        Assert.Equal(opened.Installments[1].DueDate, snapshot.NextDueDate);
    }
}
