using Actors.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>
/// The screens show business time from the server, never the machine's: a branch PC whose clock says 23:00 while the
/// branch is at 10:00 still shows a six-minute wait as six minutes, with no target passed, and the board's clock at 10:00.
/// </summary>
[Collection(BranchDayCollection.Name)]
public sealed class BusinessClockScreensTests(BranchDayFixture fixture) : BrowserTest<BranchDayFixture>(fixture)
{
    [Fact]
    public async Task A_ticket_issued_six_business_minutes_ago_shows_six_minutes_and_the_board_shows_business_time_on_a_machine_set_to_23_00()
    {
        var branch = await Network.BranchAsync();
        Fixture.Clock.SetUtcNow(BranchDayFixture.Morning);
        var number = await Network.TicketAsync(branch, "Cash");
        Fixture.Clock.SetUtcNow(BranchDayFixture.Morning.AddMinutes(6)); // 10:00 business time

        // The same day at 23:00 on the machine: thirteen hours ahead of the branch.
        await using var wrongClock = await Fixture.NewContextAsync(machineTime: new DateTimeOffset(2026, 3, 4, 23, 0, 0, TimeSpan.FromHours(8)));
        var lobby = await wrongClock.OpenAsync(Pages.Lobby(branch));
        await lobby.ExpectLiveAsync();
        var row = lobby.Locator($"[data-testid='ticket-row'][data-ticket-number='{number}']");
        await Expect(row.GetByTestId("ticket-waiting")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^6m \d\ds$"));
        await Expect(row.GetByTestId("ticket-issued")).ToHaveTextAsync("09:54");
        await Expect(row).ToHaveAttributeAsync("data-sla", "ok");
        await Expect(row.GetByTestId("sla-badge")).ToBeHiddenAsync();
        await Expect(lobby.TestId("updated-at")).ToContainTextAsync("10:00:");

        var board = await wrongClock.OpenAsync(Pages.Board(branch));
        await board.ExpectLiveAsync();
        await Expect(board.TestId("board-clock")).ToContainTextAsync("2026-03-04 10:0");
    }
}
