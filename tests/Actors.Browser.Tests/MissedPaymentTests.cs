using System.Text.RegularExpressions;
using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

[Collection(CollectionsRoomCollection.Name)]
public sealed partial class MissedPaymentTests(CollectionsRoomFixture fixture) : BrowserTest<CollectionsRoomFixture>(fixture)
{
    [Fact]
    public async Task An_installment_unpaid_at_its_18_00_cut_off_moves_into_M1_on_the_open_wall_board_and_its_payment_shows_as_collected()
    {
        var room = await Network.BranchOfBankAsync("Shenzhen branch");
        var manager = await Network.StaffAsync(room, "Wang Fang", "ClientManager");
        var client = await Network.ClientAsync(room, manager, "Li Hua Trading");
        // The next first due date whose cut-off is still ahead: today's, unless another test has moved the clock past it.
        var (due, disbursed) = RoomClock.NextFirstDueDate(RoomClock.Today(Fixture.Clock));
        if (RoomClock.CutOffOn(due) <= Fixture.Clock.GetUtcNow().AddMinutes(2))
        {
            (due, disbursed) = RoomClock.NextFirstDueDate(due.AddDays(1));
        }
        var loan = await Network.LoanAsync(room, client, 120_000m, disbursed);

        var board = await Context.OpenAsync(Pages.Board(room));
        await board.ExpectLiveAsync();
        await board.MarkDocumentAsync();
        Fixture.MoveClockTo(RoomClock.CutOffOn(due).AddMinutes(-2));
        await Expect(Stage(board, "PreDue").GetByTestId("stage-loans")).ToHaveTextAsync(Loans(1));
        await Expect(Stage(board, "M1").GetByTestId("stage-loans")).ToHaveTextAsync(Loans(0));
        await Expect(Stage(board, "M1").GetByTestId("stage-overdue")).ToHaveTextAsync(Money.Yuan(0));

        Fixture.MoveClockTo(RoomClock.CutOffOn(due).AddSeconds(30));

        await Expect(Stage(board, "M1").GetByTestId("stage-loans")).ToHaveTextAsync(Loans(1));
        await Expect(Stage(board, "M1").GetByTestId("stage-overdue")).ToHaveTextAsync(Money.Yuan(loan.FirstInstallment));
        await Expect(Stage(board, "M1").GetByTestId("stage-entered-today")).ToHaveTextAsync("+1");
        await Expect(Stage(board, "PreDue").GetByTestId("stage-loans")).ToHaveTextAsync(Loans(0));
        await board.AssertChangedLiveAsync();

        // The client pays the installment that evening: the loan is cured, and the room has collected it today.
        await Network.RepayAsync(loan.LoanId, loan.FirstInstallment, Fixture.Clock.GetUtcNow());
        await Expect(Stage(board, "M1").GetByTestId("stage-loans")).ToHaveTextAsync(Loans(0));
        await Expect(board.TestId("collected-today")).ToHaveTextAsync(Money.Yuan(loan.FirstInstallment));
        await board.AssertChangedLiveAsync();
    }

    private static ILocator Stage(IPage board, string stage) => board.TestId($"stage-{stage}");

    /// <summary>"1 loan(s)": the count is what matters here, not the plural.</summary>
    private static Regex Loans(int n) => new(n == 1 ? "^1 loan$" : $"^{n} loans$");
}
