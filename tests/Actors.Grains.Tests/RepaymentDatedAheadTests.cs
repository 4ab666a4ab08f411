using Actors.Contracts.Clients;
using Actors.Contracts.Screens;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Transactions;
using Actors.Domain.Loans;
using Actors.Grains.Tests.Collections;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests;

/// <summary>
/// A repayment may be dated up to 5 minutes ahead (clock skew between systems) and counts only from its instant: when that
/// instant comes, every figure derived from the loan must move with it, not only the loan's own.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class RepaymentDatedAheadTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task When_a_repayment_dated_4_minutes_ahead_comes_due_the_loan_client_manager_and_board_agree()
    {
        var room = await CollectionsRoom.CreateAsync(Grid.Client, Grid.Clock);
        var managerId = Network.NewId("M");
        var manager = Grid.Client.GetGrain<IManagerGrain>(managerId);
        Assert.Null((await manager.Register(new(room.SubBranchId, "Manager", [StaffRole.ClientManager]))).Refusal);
        var (loan, opened) = await room.Loan();
        var client = Grid.Client.GetGrain<IClientGrain>(opened.ClientId);
        Assert.NotNull(await client.AssignManager(managerId));
        Grid.Clock.AdvanceTo(Cst.At(opened.Installments[0].DueDate.AddDays(2), 9));
        await Eventually.Until(room.Board.GetView, v => M1(v) == 1, "the overdue loan is on its branch board", Grid.Clock);
        Assert.Equal(1, (await manager.GetSnapshot())!.CreditClients);

        var paidAt = Grid.Clock.GetUtcNow().AddMinutes(4);
        var outcome = await loan.ApplyRepayment(new(Network.NewId("tx"), loan.GetPrimaryKeyString(), opened.Outstanding, paidAt));
        Assert.Equal(OutcomeStatus.Applied, outcome.Status);
        Assert.Equal(LoanStage.M1, (await loan.GetSnapshot())!.Stage); // not yet in the account
        Assert.Equal(opened.Outstanding, (await client.GetSnapshot())!.LoanBalance);

        Grid.Clock.AdvanceTo(paidAt);

        await Eventually.Until(loan.GetSnapshot, s => s!.Stage == LoanStage.Settled, "the loan is settled", Grid.Clock);
        var settled = await Eventually.Until(client.GetSnapshot, s => s!.LoanBalance == 0m, "the client's loan balance follows the loan", Grid.Clock);
        Assert.Equal((0m, false), (settled!.StandardDeposits, settled.IsCreditClient));
        await Eventually.Until(manager.GetSnapshot, m => m!.CreditClients == 0, "the manager no longer counts a credit client", Grid.Clock);
        var board = await Eventually.Until(room.Board.GetView, v => M1(v) == 0, "the board no longer counts the loan", Grid.Clock);
        Assert.All(board.Stages, s => Assert.Equal((0, 0m), (s.Loans, s.Outstanding)));
    }

    private static int M1(BoardView view) => view.Stages.Single(s => s.Stage == LoanStage.M1).Loans;
}
