using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>
/// The calling display (叫号屏) in the customers' hall: a desk calls, the display shows the number and the desk large and
/// says it aloud through the browser's speech synthesis, in Chinese, or in English when set to English. It never shows
/// a customer's name, client id, amount or premium mark.
/// </summary>
[Collection(LobbyFloorCollection.Name)]
public sealed class CallingDisplayTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    // Speech synthesis is the browser's; what the page hands it is recorded instead of spoken.
    private const string RecordSpeech = """
        window.__spoken = [];
        if (window.speechSynthesis) {
          window.speechSynthesis.speak = (utterance) => window.__spoken.push({ text: utterance.text, lang: utterance.lang });
        }
        """;

    [Theory]
    [InlineData("zh-CN", "请 C001 号到 2 号窗口", "2 号窗口")]
    [InlineData("en", "Ticket C001, please go to Counter 2.", "Counter 2")]
    public async Task A_called_ticket_is_shown_and_announced_with_its_desk_and_no_customer_data(string lang, string spoken, string deskShown)
    {
        var branch = await Network.BranchAsync();
        var manager = await Network.StaffAsync(branch, "Wang Fang", "ClientManager");
        var client = await Network.ClientAsync(branch, manager, "Zhang San Trading");
        await Network.OpenNamedDeskAsync(branch, "D2", "Counter 2", "Counter", "2 号窗口", "Cash");
        // A customer with a card read, a large declared amount: premium by the brief's signals, and none of it for the hall.
        await Network.TicketAsync(branch, "Cash", 350_000m, clientId: client);
        // Earlier calls, already in progress when the display is switched on: listed, not announced again.
        await Network.OpenNamedDeskAsync(branch, "D1", "Counter 1", "Counter", "1 号窗口", "Remittance");
        await Network.OpenNamedDeskAsync(branch, "D3", "Counter 3", "Counter", "3 号窗口", "AccountOpening");
        await Network.TicketAsync(branch, "Remittance");
        await Network.TicketAsync(branch, "AccountOpening");
        await Network.CallNextAsync(branch, "D1");
        await Network.CallNextAsync(branch, "D3");

        await using var hall = await Fixture.NewContextAsync(1920, 1080);
        await hall.AddInitScriptAsync(RecordSpeech);
        var display = await hall.OpenAsync(Pages.Display(branch, lang));
        await display.ExpectLiveAsync();
        await Expect(display.TestId("display-page")).ToHaveAttributeAsync("data-heard", "true");
        await Expect(display.TestId("display-number")).ToHaveTextAsync("A001");

        await Network.CallNextAsync(branch, "D2");

        await Expect(display.TestId("display-number")).ToHaveTextAsync("C001");
        await Expect(display.TestId("display-desk")).ToHaveTextAsync(deskShown);
        await Expect(display.TestId("display-clock")).ToContainTextAsync(":");
        await Expect(display.TestId("display-recent-call")).ToHaveCountAsync(2);
        var utterances = await Eventually(display, "() => window.__spoken");
        Assert.Equal(spoken, Assert.Single(utterances).Text);
        Assert.Equal(lang == "en" ? "en-US" : "zh-CN", utterances[0].Lang);

        var shown = await display.Locator("body").InnerTextAsync();
        foreach (var customerData in new[] { "Zhang", client, "350", "premium", "Premium", "优质", "贵宾", "◆" })
        {
            Assert.DoesNotContain(customerData, shown, StringComparison.Ordinal);
        }
        if (lang == "zh-CN")
        {
            await Screenshots.SaveAsync(display, "display", "display");
        }
    }

    [Fact]
    public async Task A_calling_display_set_up_by_the_lobby_manager_runs_as_a_device_announces_calls_and_never_shows_the_sign_in_page()
    {
        var branch = await Network.BranchAsync();
        var lobbyManager = await Network.StaffAsync(branch, "Zhao Min", "LobbyManager");
        await Network.OpenNamedDeskAsync(branch, "D5", "Counter 5", "Counter", "5 号窗口", "Remittance");
        await Network.TicketAsync(branch, "Remittance");

        // On the hall's display itself: the lobby manager signs in on the devices page and registers it.
        await using var hall = await Fixture.NewContextAsync(1920, 1080, signedIn: false);
        await hall.AddInitScriptAsync(RecordSpeech);
        var setUp = await hall.OpenSignedInAsync($"devices.html?screen=CallingDisplay&scope={branch}", lobbyManager);
        await setUp.ChooseLanguageAsync("zh-CN"); // the hall's language, kept by the display's browser
        await setUp.TestId("device-name").FillAsync("Hall display");
        var visited = new List<string>();
        setUp.FrameNavigated += (_, frame) => visited.Add(frame.Url);
        await setUp.TestId("device-submit").ClickAsync();
        await setUp.ExpectOnPageAsync("display.html");
        await Expect(setUp.TestId("display-page")).ToHaveAttributeAsync("data-branch", branch);
        await setUp.ExpectLiveAsync();
        await Expect(setUp.TestId("display-page")).ToHaveAttributeAsync("data-heard", "true");

        await Network.CallNextAsync(branch, "D5");

        await Expect(setUp.TestId("display-number")).ToHaveTextAsync("R001");
        Assert.Equal("请 R001 号到 5 号窗口", Assert.Single(await Eventually(setUp, "() => window.__spoken")).Text);
        Assert.DoesNotContain(visited, url => url.Contains("signin", StringComparison.Ordinal));
        // The display's credential opens its hall, not the lobby.
        Assert.Equal(401, (await hall.APIRequest.GetAsync($"/api/lobbies/{branch}")).Status);
    }

    private static async Task<Utterance[]> Eventually(IPage page, string expression)
    {
        for (var tries = 0; ; tries++)
        {
            var spoken = await page.EvaluateAsync<Utterance[]>(expression);
            if (spoken.Length > 0 || tries > 100)
            {
                return spoken;
            }
            await Task.Delay(100);
        }
    }

    public sealed record Utterance
    {
        public string Text { get; set; } = "";
        public string Lang { get; set; } = "";
    }
}
