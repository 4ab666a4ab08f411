using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>A screen whose server has gone must not look live: grey figures, their age in words, no actions.</summary>
[Collection(LobbyFloorCollection.Name)]
public sealed class StaleScreenTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    protected override bool SignedIn => false;

    /// <summary>
    /// Stops the silo: its web server goes first, closing the board's connection; the silo's own graceful stop that
    /// follows may overrun the host's shutdown timeout on a loaded machine, which is not what this test is about.
    /// </summary>
    private static async Task StopAsync(GridHost host)
    {
        try
        {
            await host.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
        }
    }

    [Fact]
    public async Task With_the_server_stopped_the_board_shows_the_stale_banner_within_ten_seconds_and_disables_its_actions()
    {
        // A silo of this test's own, to stop under the board.
        var directory = Path.Combine(Path.GetTempPath(), "branchgrid-stale-" + Guid.NewGuid().ToString("N"));
        var host = new GridHost(Path.Combine(directory, "data"));
        try
        {
            host.StartServer();
            var staff = await StaffSession.HeadOfficeManagementAsync(host.Services, host.BaseAddress);
            var headOffice = (await JsonApi.GetAsync(staff.Http, "/api/auth/me")).GetProperty("institutionId").GetString()!;
            await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = host.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
                Locale = "en-US",
                TimezoneId = "Asia/Shanghai",
            });
            await context.AddCookiesAsync([staff.BrowserCookie(host.BaseAddress)]);
            var board = await context.OpenAsync(Pages.Board(headOffice));
            await board.ExpectLiveAsync();
            await Expect(board.TestId("stage-list")).ToBeVisibleAsync();
            await Expect(board.TestId("board-rebuild")).ToBeEnabledAsync();
            await Expect(board.TestId("stale-banner")).ToBeHiddenAsync();

            await StopAsync(host);

            await Expect(board.TestId("stale-banner")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(board.TestId("stale-banner")).ToContainTextAsync("old: not updated while the connection is down");
            await Expect(board.Locator("body")).ToHaveClassAsync("is-stale");
            await Expect(board.TestId("board-rebuild")).ToBeDisabledAsync();
            await Expect(board.TestId("lang-switch")).ToBeEnabledAsync();
            await board.ChooseLanguageAsync("zh-CN");
            await Expect(board.TestId("stale-banner")).ToContainTextAsync("数据已");
            await Expect(board.TestId("stage-list")).ToBeVisibleAsync();
            Assert.True((await board.ScrollExtentAsync()).Fits, "the stale board still fits the window");
            await Controls.AssertReachableAsync(board, "the stale board");
            await Screenshots.SaveAsync(board, "board-stale-zh", "board-stale-zh");
        }
        finally
        {
            await StopAsync(host);
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
