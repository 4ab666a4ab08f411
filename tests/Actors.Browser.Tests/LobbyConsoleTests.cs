using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>
/// The lobby manager's console at the desk PC's widths and on a 1920 px screen, in both languages: flag a waiting customer
/// premium, call a ticket out of turn to a counter, send one to the VIP room; every button of the screen and its dialogs
/// can be reached and clicked (nothing covers it, nothing pushes it out of the window).
/// </summary>
[Collection(LobbyFloorCollection.Name)]
public sealed class LobbyConsoleTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    [Theory]
    [MemberData(nameof(BranchScreens.WidthsAndLanguages), MemberType = typeof(BranchScreens))]
    public async Task A_lobby_manager_flags_a_ticket_premium_calls_one_out_of_turn_and_sends_one_to_the_VIP_room_with_every_button_reachable(int width, int height, string lang)
    {
        var zh = lang == "zh-CN";
        var branch = await Network.BranchAsync();
        await Network.OpenNamedDeskAsync(branch, "D1", "Counter 1", "Counter", "1 号窗口", "Cash", "Remittance", "Enquiry");
        await Network.OpenNamedDeskAsync(branch, "D2", "Counter 2", "Counter", "2 号窗口", "Cash", "AccountOpening", "Corporate");
        await Network.OpenNamedDeskAsync(branch, "VIP", "VIP room", "VipRoom", "贵宾室", "Wealth", "Cash");
        await Network.OpenNamedDeskAsync(branch, "CM", "Client manager desk", "ClientManagerDesk", "客户经理席", "Loans", "Wealth");
        var first = await Network.TicketAsync(branch, "Cash");
        var second = await Network.TicketAsync(branch, "Remittance");
        var third = await Network.TicketAsync(branch, "AccountOpening");
        var fourth = await Network.TicketAsync(branch, "Corporate");
        await Network.TicketAsync(branch, "Enquiry");
        await Network.TicketAsync(branch, "Wealth", 600_000m, ["InvestmentPurchase"]);
        var lobbyManager = await Network.StaffAsync(branch, "Liu Yang", "LobbyManager");
        await Network.ComplaintAsync(branch, "The queue for cash was slow at lunchtime.", lobbyManager, "Mr Chen");

        await using var desk = await Fixture.NewContextAsync(width, height);
        await desk.SignInAsAsync(lobbyManager);
        var lobby = await desk.OpenAsync(Pages.Lobby(branch));
        await lobby.ExpectLiveAsync();
        if (zh)
        {
            await lobby.ChooseLanguageAsync("zh-CN");
        }
        await lobby.Locator("[data-testid='desk-setup'] > summary").ClickAsync();
        await lobby.Locator("[data-testid='complaint-entry'] > summary").ClickAsync();
        await Controls.AssertReachableAsync(lobby, $"the lobby in {lang}");
        var extent = await lobby.ScrollExtentAsync();
        Assert.True(extent.ScrollWidth <= extent.InnerWidth, $"the lobby scrolls sideways at {width} px: {extent.ScrollWidth}");
        // The service column never breaks a name one character per line.
        var serviceHeights = await lobby.Locator("[data-testid='ticket-service']").EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().height)");
        Assert.All(serviceHeights, h => Assert.True(h < 60, $"a service cell is {h} px tall at {width} px"));

        // Premium by judgement: a safe-deposit box and a family trust.
        await Row(lobby, second).GetByTestId("flag-premium").ClickAsync();
        await Controls.AssertReachableAsync(lobby, $"a dialog of the lobby in {lang}", "dialog[open]");
        await lobby.TestId("premium-reason").FillAsync("Asked about a safe-deposit box and a family trust");
        await lobby.TestId("premium-submit").ClickAsync();
        await Expect(Row(lobby, second).GetByTestId("premium-marker")).ToBeVisibleAsync();

        // Out of turn: the third customer to counter 2, before the first and the second.
        await Row(lobby, third).GetByTestId("ticket-call").ClickAsync();
        await Controls.AssertReachableAsync(lobby, $"a dialog of the lobby in {lang}", "dialog[open]");
        await lobby.TestId("call-ticket-desk").SelectOptionAsync("D2");
        await lobby.TestId("call-ticket-submit").ClickAsync();
        await Expect(Desk(lobby, "D2").GetByTestId("desk-current")).ToContainTextAsync(third);
        await Expect(Desk(lobby, "D2").GetByTestId("desk-state")).ToHaveTextAsync(zh ? "叫号中" : "Calling");
        await Expect(Row(lobby, third)).ToHaveCountAsync(0);

        // The corporate customer waits for the VIP room.
        await Row(lobby, fourth).GetByTestId("ticket-send").ClickAsync();
        await Expect(lobby.TestId("send-ticket-desk").Locator("option").First).ToHaveAttributeAsync("value", "VIP");
        await Controls.AssertReachableAsync(lobby, $"a dialog of the lobby in {lang}", "dialog[open]");
        await lobby.TestId("send-ticket-desk").SelectOptionAsync("VIP");
        await lobby.TestId("send-ticket-submit").ClickAsync();
        await Expect(Row(lobby, fourth).GetByTestId("ticket-sent-to")).ToHaveTextAsync(zh ? "→ 至贵宾室" : "→ VIP room");
        await Expect(Row(lobby, first)).ToBeVisibleAsync();

        await Controls.AssertReachableAsync(lobby, $"the lobby in {lang}");
        if (width == 1920)
        {
            var wall = await lobby.ScrollExtentAsync();
            Assert.True(wall.Fits, $"at 1920x1080 the lobby is {wall.ScrollWidth}x{wall.ScrollHeight}");
            await lobby.Locator("[data-testid='desk-setup'] > summary").ClickAsync();
            await lobby.Locator("[data-testid='complaint-entry'] > summary").ClickAsync();
            await lobby.EvaluateAsync("() => document.querySelectorAll('.panel').forEach(p => { p.scrollTop = 0; })");
            await Screenshots.SaveAsync(lobby, zh ? "lobby-zh" : "lobby", zh ? "lobby-zh" : "lobby");
        }
        else
        {
            await Screenshots.SaveAsync(lobby, $"lobby-{width}-{lang}");
        }
    }

    private static ILocator Desk(IPage screen, string deskId) => screen.Locator($"[data-testid='desk-card'][data-desk-id='{deskId}']");

    private static ILocator Row(IPage screen, string number) => screen.Locator($"[data-testid='ticket-row'][data-ticket-number='{number}']");
}
