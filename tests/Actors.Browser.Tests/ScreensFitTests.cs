using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>
/// Every control of the screens this work touched is reachable at the widths the branches' PCs and TVs have, in both
/// languages: in the window, and under its own centre (elementFromPoint), not under a neighbour that overflowed.
/// </summary>
[Collection(CollectionsRoomCollection.Name)]
public sealed class ScreensFitTests(CollectionsRoomFixture fixture) : BrowserTest<CollectionsRoomFixture>(fixture)
{
    public static TheoryData<int, string> Widths => new()
    {
        { 1280, "en" }, { 1280, "zh-CN" }, { 1366, "en" }, { 1366, "zh-CN" }, { 1920, "en" }, { 1920, "zh-CN" },
    };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_control_of_the_board_kiosk_devices_sign_in_and_back_office_screens_is_reachable(int width, string lang)
    {
        var busy = await BusyRoom.CreateAsync(Network, Fixture);
        var subBranch = await Network.SubBranchAsync(busy.RoomId, "Luohu sub-branch");
        var manager = await Network.StaffAsync(subBranch, "Sun Li", "ClientManager");
        var collector = await Network.StaffAsync(busy.RoomId, "Gao Yan", "Collector");
        var terminal = await new StaffAccounts(Fixture.Http, BankRoot.HeadOffice, busy.RoomId).TerminalAsync(subBranch, manager, "Luohu Tea Shop");

        await using var context = await Fixture.NewContextAsync(width, width == 1920 ? 1080 : 800);
        await context.AddInitScriptAsync($"localStorage.setItem('branchgrid.lang', '{lang}')");
        string[] pages =
        [
            Pages.Board(busy.RoomId), Pages.Kiosk(subBranch), $"devices.html?scope={subBranch}",
            "staff-worklist.html", "approvals.html", "month-end.html", $"terminal.html?id={terminal}", "index.html", "signin.html",
            // Last, as the collector: their own worklist.
            Pages.OwnWorklist,
        ];
        foreach (var address in pages)
        {
            if (address == Pages.OwnWorklist)
            {
                await context.SignInAsAsync(collector);
            }
            var page = await context.OpenAsync(address);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Screenshots.SaveAsync(page, $"fit-{address.Split('.')[0]}-{width}-{lang}");
            await Controls.AssertReachableAsync(page, $"{address} in {lang}");
            await page.CloseAsync();
        }
    }
}
