using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests.Support;

/// <summary>A text on a screen in both of its languages.</summary>
public sealed record Bilingual(string English, string Chinese);

public static class Languages
{
    /// <summary>
    /// English first (the profile's language); the switch turns the texts Chinese, a reload keeps Chinese, the switch
    /// turns them back, and a reload keeps English.
    /// </summary>
    public static async Task RoundTripAsync(IPage page, params (ILocator Where, Bilingual Text)[] texts)
    {
        await ExpectAsync(page, "en", texts, t => t.English);
        await page.ChooseLanguageAsync("zh-CN");
        await ExpectAsync(page, "zh-CN", texts, t => t.Chinese);
        await page.ReloadAsync();
        await ExpectAsync(page, "zh-CN", texts, t => t.Chinese);
        await page.ChooseLanguageAsync("en");
        await ExpectAsync(page, "en", texts, t => t.English);
        await page.ReloadAsync();
        await ExpectAsync(page, "en", texts, t => t.English);
    }

    private static async Task ExpectAsync(IPage page, string lang, (ILocator Where, Bilingual Text)[] texts, Func<Bilingual, string> pick)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await Expect(page.TestId("lang-switch")).ToHaveValueAsync(lang);
        foreach (var (where, text) in texts)
        {
            await Expect(where).ToHaveTextAsync(pick(text));
        }
    }
}
