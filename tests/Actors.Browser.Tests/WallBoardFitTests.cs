using Actors.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

[Collection(CollectionsRoomCollection.Name)]
public sealed class WallBoardFitTests(CollectionsRoomFixture fixture) : BrowserTest<CollectionsRoomFixture>(fixture)
{
    [Fact]
    public async Task The_wall_board_on_a_1920x1080_screen_shows_a_busy_room_without_scrollbars_in_either_language()
    {
        var busy = await BusyRoom.CreateAsync(Network, Fixture);
        await using var wall = await Fixture.NewContextAsync(1920, 1080);
        var board = await wall.OpenAsync(Pages.Board(busy.RoomId));
        await board.ExpectLiveAsync();

        foreach (var (stage, loans) in busy.LoansPerStage.Where(s => s.Key is "PreDue" or "M1" or "M2"))
        {
            await Expect(board.TestId($"stage-{stage}").GetByTestId("stage-loans")).ToHaveTextAsync(loans == 1 ? "1 loan" : $"{loans} loans");
        }
        await Expect(board.TestId("broken-promises-count")).ToHaveTextAsync(busy.BrokenPromises.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(board.TestId("promises-due-count")).ToHaveTextAsync(busy.PromisesDue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(board.TestId("collected-today")).ToHaveTextAsync(Money.Yuan(busy.CollectedToday));
        await Expect(board.TestId("collector-row").First).ToBeVisibleAsync();

        var english = await board.ScrollExtentAsync();
        Assert.True(english.Fits, $"the board scrolls at 1920×1080: {english}");
        await Screenshots.SaveAsync(board, "board", "board");

        await board.ChooseLanguageAsync("zh-CN");
        await Expect(board.TestId("page-title")).ToHaveTextAsync($"催收 · {busy.RoomId}");
        var chinese = await board.ScrollExtentAsync();
        Assert.True(chinese.Fits, $"the board scrolls at 1920×1080 in Chinese: {chinese}");
        await Screenshots.SaveAsync(board, "board-zh", "board-zh");
    }
}
