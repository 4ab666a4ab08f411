using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests.Support;

/// <summary>Opening the screens and checking what a person in front of them sees.</summary>
public static class Pages
{
    public static string Lobby(string branchId) => $"lobby.html?branch={Uri.EscapeDataString(branchId)}";
    public static string Kiosk(string branchId) => $"kiosk.html?branch={Uri.EscapeDataString(branchId)}";
    /// <summary>The calling display (叫号屏) in the customers' hall; <paramref name="lang"/> sets its language (and its announcements').</summary>
    public static string Display(string branchId, string? lang = null) =>
        $"display.html?branch={Uri.EscapeDataString(branchId)}{(lang is null ? "" : "&lang=" + lang)}";
    public static string Board(string roomId) => $"board.html?room={Uri.EscapeDataString(roomId)}";
    /// <summary>The collector worklist: the signed-in collector's own.</summary>
    public const string OwnWorklist = "worklist.html";

    /// <summary>A new tab on the screen, once the page has drawn itself (its root says data-ready).</summary>
    public static async Task<IPage> OpenAsync(this IBrowserContext context, string address)
    {
        var page = await context.NewPageAsync();
        FeedRecorder.Attach(page);
        await page.GotoAsync(address);
        await Expect(page.Locator("#app[data-ready='true']")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>The screen's hub connection is up: from here on, changes arrive as deltas.</summary>
    public static Task ExpectLiveAsync(this IPage page) =>
        Expect(page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "live");

    /// <summary>
    /// The page has gone on to <paramref name="file"/> (the sign-in page sending a user back, a device page opening its
    /// screen). Polls the address rather than waiting for a navigation event: WaitForURL checks the address, then starts
    /// listening, and a navigation that lands between the two on a busy machine is never heard (a 30 s flake).
    /// </summary>
    public static Task ExpectOnPageAsync(this IPage page, string file) =>
        Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/{System.Text.RegularExpressions.Regex.Escape(file)}(\\?|#|$)"));

    public static ILocator TestId(this IPage page, string testId) => page.GetByTestId(testId);

    /// <summary>Marks the loaded document and what it has received so far: see <see cref="AssertChangedLiveAsync"/>.</summary>
    public static async Task MarkDocumentAsync(this IPage page)
    {
        await page.EvaluateAsync("() => { window.__branchGridDocument = 'first'; }");
        FeedRecorder.Of(page).Mark();
    }

    /// <summary>
    /// What the screen shows now came live since the mark: in the same document (no reload), as deltas from the hub,
    /// and not by re-reading the whole view over HTTP (the screens' fallback when the hub refuses them).
    /// </summary>
    public static async Task AssertChangedLiveAsync(this IPage page)
    {
        Assert.Equal("first", await page.EvaluateAsync<string?>("() => window.__branchGridDocument ?? null"));
        var feed = FeedRecorder.Of(page);
        Assert.True(feed.DeltasSinceMark > 0, "no delta reached the screen over the hub since the mark");
        Assert.Equal(0, feed.ViewReadsSinceMark);
    }

    public static Task ChooseLanguageAsync(this IPage page, string lang) => page.TestId("lang-switch").SelectOptionAsync(lang);

    /// <summary>Whether the document scrolls either way at the current viewport.</summary>
    public static Task<ScrollExtent> ScrollExtentAsync(this IPage page) => page.EvaluateAsync<ScrollExtent>(
        "() => ({ scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight, innerWidth: window.innerWidth, innerHeight: window.innerHeight })");
}

/// <summary>The document's size against the window's (Playwright fills it in, so it has setters).</summary>
public sealed record ScrollExtent
{
    public int ScrollWidth { get; set; }
    public int ScrollHeight { get; set; }
    public int InnerWidth { get; set; }
    public int InnerHeight { get; set; }

    public bool Fits => ScrollHeight <= InnerHeight && ScrollWidth <= InnerWidth;
}
