using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>Brief §4: premium treatment is discreet; the screen shows it to staff only, every customer is welcomed alike.</summary>
[Collection(LobbyFloorCollection.Name)]
public sealed class PremiumDiscretionTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    /// <summary>Anything that would tell a customer, in either language, that someone is treated as premium.</summary>
    private static readonly string[] PremiumWords = ["premium", "vip", "优质", "贵宾", "◆"];

    [Fact]
    public async Task A_premium_customer_is_marked_on_the_lobby_screen_and_never_on_the_kiosk()
    {
        var branch = await Network.BranchAsync();
        // Flagging is the lobby manager's judgement: the screen is theirs, signed in.
        await Context.SignInAsAsync(await Network.StaffAsync(branch, "Liu Yang", "LobbyManager"));
        var lobby = await Context.OpenAsync(Pages.Lobby(branch));
        await lobby.ExpectLiveAsync();
        await lobby.MarkDocumentAsync();

        // The kiosk is another device in the lobby: its own browser profile.
        await using var kioskDevice = await Fixture.NewContextAsync();
        var kiosk = await kioskDevice.OpenAsync(Pages.Kiosk(branch));
        var answer = await kiosk.RunAndWaitForResponseAsync(
            () => kiosk.TestId("kiosk-service-Wealth").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains($"/api/lobbies/{branch}/tickets", StringComparison.Ordinal));
        AssertNoPremium("the kiosk's ticket answer", await answer.TextAsync());
        await Expect(kiosk.TestId("kiosk-ticket-number")).Not.ToBeEmptyAsync();
        var number = (await kiosk.TestId("kiosk-ticket-number").TextContentAsync())!;

        // The lobby manager recognises a VIP card of another bank and flags the customer on the staff screen.
        var row = lobby.Locator($"[data-testid='ticket-row'][data-ticket-number='{number}']");
        await row.GetByTestId("flag-premium").ClickAsync();
        await lobby.TestId("premium-reason").FillAsync("VIP card of another bank");
        await lobby.TestId("premium-submit").ClickAsync();
        await Expect(row.GetByTestId("premium-marker")).ToBeVisibleAsync();
        await Expect(row).ToHaveAttributeAsync("data-premium", "true");

        // Another customer declares a large deposit certificate at the kiosk: premium by the rules, marked at once.
        var declared = await Network.TicketAsync(branch, "Wealth", 800_000m, ["DepositCertificate"]);
        await Expect(lobby.Locator($"[data-testid='ticket-row'][data-ticket-number='{declared}']").GetByTestId("premium-marker")).ToBeVisibleAsync();
        await Expect(lobby.TestId("premium-marker")).ToHaveCountAsync(2);
        await lobby.AssertChangedLiveAsync();

        // The kiosk still shows the flagged customer's ticket like anyone's, in both languages, and the next one too.
        await Expect(kiosk.TestId("kiosk-ticket-number")).ToHaveTextAsync(number);
        await AssertKioskShowsNoPremiumAsync(kiosk);
        await kiosk.ChooseLanguageAsync("zh-CN");
        await Expect(kiosk.TestId("page-title")).ToHaveTextAsync("欢迎光临");
        await AssertKioskShowsNoPremiumAsync(kiosk);
        await kiosk.TestId("kiosk-done").ClickAsync();
        answer = await kiosk.RunAndWaitForResponseAsync(
            () => kiosk.TestId("kiosk-service-Wealth").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains($"/api/lobbies/{branch}/tickets", StringComparison.Ordinal));
        AssertNoPremium("the kiosk's ticket answer", await answer.TextAsync());
        await Expect(kiosk.TestId("kiosk-ticket-number")).Not.ToHaveTextAsync(number);
        await AssertKioskShowsNoPremiumAsync(kiosk);
        await Screenshots.SaveAsync(kiosk, "kiosk-zh-ticket");
    }

    private static async Task AssertKioskShowsNoPremiumAsync(IPage kiosk)
    {
        await Expect(kiosk.Locator("[data-testid='premium-marker'], [data-premium]")).ToHaveCountAsync(0);
        AssertNoPremium("the kiosk's text", await kiosk.Locator("body").InnerTextAsync());
        // Hidden text, titles and attributes count too: a customer can hover, or read the page's source.
        AssertNoPremium("the kiosk's document", await kiosk.ContentAsync());
    }

    private static void AssertNoPremium(string what, string text)
    {
        foreach (var word in PremiumWords)
        {
            Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{what} mentions \"{word}\": {text}");
        }
    }
}
