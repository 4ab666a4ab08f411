using Actors.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

[Collection(CollectionsRoomCollection.Name)]
public sealed class RoomLanguageTests(CollectionsRoomFixture fixture) : BrowserTest<CollectionsRoomFixture>(fixture)
{
    [Fact]
    public async Task The_wall_board_switches_to_Chinese_and_back_and_keeps_the_choice_across_a_reload()
    {
        var (room, _, _) = await OverdueLoansAsync(2);
        var board = await Context.OpenAsync(Pages.Board(room));
        await board.ExpectLiveAsync();
        await Languages.RoundTripAsync(board,
            (board.TestId("page-title"), new($"Collections · {room}", $"催收 · {room}")),
            (board.TestId("stage-M1").GetByTestId("stage-loans"), new("2 loans", "2 笔")),
            (board.TestId("connection-status"), new("Live", "实时")));
    }

    [Fact]
    public async Task The_collector_worklist_switches_to_Chinese_and_back_and_keeps_the_choice_across_a_reload()
    {
        var (_, collector, loans) = await OverdueLoansAsync(3);
        var promised = loans[0];
        await Network.PromiseAsync(promised.LoanId, collector, Math.Round(promised.OverdueAmount / 2, 2), Fixture.Clock.GetUtcNow().AddMinutes(40));

        // The collector signs in and opens the worklist: their own, with no name in the address.
        await Context.SignInAsAsync(collector);
        var worklist = await Context.OpenAsync(Pages.OwnWorklist);
        await Expect(worklist.Locator("[data-testid='worklist-row']").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(worklist, "worklist", "worklist");
        await Languages.RoundTripAsync(worklist,
            (worklist.TestId("page-title"), new($"Worklist · {collector}", $"工作清单 · {collector}")),
            (worklist.TestId("worklist-loans-held"), new("3 loans held", "名下贷款 3 笔")));
        await worklist.ChooseLanguageAsync("zh-CN");
        await Screenshots.SaveAsync(worklist, "worklist-zh");
    }

    /// <summary>A room (head office) with overdue loans in M1, each called today by one collector, who now holds them.</summary>
    private async Task<(string Room, string Collector, List<LoanFacts> Loans)> OverdueLoansAsync(int count)
    {
        var room = await Network.BranchOfBankAsync("Shenzhen branch");
        var manager = await Network.StaffAsync(room, "Wang Fang", "ClientManager");
        var collector = await Network.StaffAsync(room, "Zhang Wei", "Collector", "ZHANG");
        var today = RoomClock.Today(Fixture.Clock);
        var loans = new List<LoanFacts>();
        for (var i = 0; i < count; i++)
        {
            var client = await Network.ClientAsync(room, manager, $"Client {i + 1} Trading");
            var loan = await Network.LoanAsync(room, client, 60_000m + 20_000m * i, RoomClock.DisbursedForDaysPastDue(today, 5 + 6 * i));
            Assert.Equal("M1", loan.Stage);
            await Network.CallAsync(loan.LoanId, collector, Fixture.Clock.GetUtcNow().AddMinutes(-5 - i), "NoAnswer");
            loans.Add(loan);
        }
        return (room, collector, loans);
    }
}
