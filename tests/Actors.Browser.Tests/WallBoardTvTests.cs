using Actors.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>The TV on the collections room's wall: a registered board device in TV mode, read from five metres.</summary>
[Collection(CollectionsRoomCollection.Name)]
public sealed class WallBoardTvTests(CollectionsRoomFixture fixture) : BrowserTest<CollectionsRoomFixture>(fixture)
{
    protected override bool SignedIn => false;

    /// <summary>Every visible text's font size below 28 px, described; and the smallest of the headline figures.</summary>
    private const string SmallText = """
        () => {
          const small = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const el = node.parentElement;
            if (!el || !node.textContent.trim() || el.closest('[hidden], option, noscript')) continue;
            const style = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
            const size = parseFloat(style.fontSize);
            if (size < 28) small.push(`"${node.textContent.trim().slice(0, 24)}" ${size}px`);
          }
          const headlines = [...document.querySelectorAll('[data-testid="stage-loans"], [data-testid="collected-today"], [data-testid="kept-rate"]')]
            .map((el) => parseFloat(getComputedStyle(el).fontSize));
          return { small, smallestHeadline: Math.min(...headlines) };
        }
        """;

    [Fact]
    public async Task A_team_lead_sets_up_the_rooms_TV_which_shows_the_board_in_TV_mode_large_enough_for_five_metres_in_both_languages()
    {
        var busy = await BusyRoom.CreateAsync(Network, Fixture);
        var teamLead = await Network.StaffAsync(busy.RoomId, "Li Qiang", "TeamLead");

        await using var tv = await Fixture.NewContextAsync(1920, 1080, signedIn: false);
        var setUp = await tv.OpenSignedInAsync($"devices.html?screen=Board&scope={busy.RoomId}", teamLead);
        await setUp.TestId("device-name").FillAsync("TV on the wall");
        await setUp.TestId("device-submit").ClickAsync();
        await setUp.ExpectOnPageAsync("board.html");

        // The TV is started again later, on its own: the board of its room, in TV mode, without anyone's session.
        var board = await tv.OpenAsync("board.html");
        await board.ExpectLiveAsync();
        await Expect(board.TestId("board-page")).ToHaveAttributeAsync("data-tv", "true");
        await Expect(board.TestId("board-page")).ToHaveAttributeAsync("data-room", busy.RoomId);
        await Expect(board.TestId("collected-today")).ToHaveTextAsync(Money.Yuan(busy.CollectedToday));
        await Expect(board.TestId("sign-out")).ToHaveCountAsync(0);
        await Expect(board.TestId("board-rebuild")).ToHaveCountAsync(0);

        foreach (var lang in new[] { "en", "zh-CN" })
        {
            await board.ChooseLanguageAsync(lang);
            await Expect(board.Locator("html")).ToHaveAttributeAsync("lang", lang);
            var sizes = await board.EvaluateAsync<TextSizes>(SmallText);
            Assert.True(sizes.Small.Length == 0, $"text under 28 px in {lang}: {string.Join(", ", sizes.Small)}");
            Assert.True(sizes.SmallestHeadline >= 64, $"a headline figure is {sizes.SmallestHeadline} px in {lang}");
            var extent = await board.ScrollExtentAsync();
            Assert.True(extent.Fits, $"the TV board scrolls in {lang}: {extent}");
            await Controls.AssertReachableAsync(board, $"TV board in {lang}");
            await Screenshots.SaveAsync(board, lang == "en" ? "board-tv" : "board-tv-zh", lang == "en" ? "board-tv" : "board-tv-zh");
        }
    }

    public sealed record TextSizes
    {
        public string[] Small { get; set; } = [];
        public double SmallestHeadline { get; set; }
    }
}
