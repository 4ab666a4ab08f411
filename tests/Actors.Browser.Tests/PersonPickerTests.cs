using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>
/// Pick people, don't type ids: a complaint's owner is chosen from the branch's staff by name (Chinese in Chinese), and
/// the complaint is recorded with that owner; the form fits and every control is reachable at the desk PCs' widths.
/// </summary>
[Collection(LobbyFloorCollection.Name)]
public sealed class PersonPickerTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    [Theory]
    [MemberData(nameof(BranchScreens.WidthsAndLanguages), MemberType = typeof(BranchScreens))]
    public async Task A_complaint_owner_is_picked_from_the_branchs_staff_by_name_and_the_complaint_is_recorded_with_them(int width, int height, string lang)
    {
        var zh = lang == "zh-CN";
        var branch = await Network.BranchAsync();
        var lobbyManager = await Network.StaffAsync(branch, "Liu Yang", "LobbyManager", nameZh: "刘洋");
        var owner = await Network.StaffAsync(branch, "Wang Fang", "ClientManager", nameZh: "王芳");
        var elsewhere = await Network.StaffAsync(await Network.BranchAsync(), "Zhao Lei", "ClientManager", nameZh: "赵磊");

        await using var desk = await Fixture.NewContextAsync(width, height);
        await desk.SignInAsAsync(lobbyManager);
        var lobby = await desk.OpenAsync(Pages.Lobby(branch));
        await lobby.ExpectLiveAsync();
        if (zh)
        {
            await lobby.ChooseLanguageAsync("zh-CN");
        }
        await lobby.Locator("[data-testid='complaint-entry'] > summary").ClickAsync();
        var picker = lobby.TestId("complaint-owner-input");
        await Expect(picker).ToHaveAttributeAsync("data-loaded", "true");
        // The signed-in lobby manager is suggested; the branch's staff are listed by name, nobody of another branch.
        await Expect(picker).ToHaveValueAsync(lobbyManager);
        await Expect(picker.Locator($"option[value='{owner}']")).ToHaveTextAsync($"{(zh ? "王芳" : "Wang Fang")} · {owner}");
        await Expect(picker.Locator($"option[value='{elsewhere}']")).ToHaveCountAsync(0);

        await picker.SelectOptionAsync(owner);
        await lobby.TestId("complaint-content-input").FillAsync("The queue for cash was slow at lunchtime.");
        var form = lobby.TestId("complaint-form");
        await form.ScrollIntoViewIfNeededAsync();
        await Controls.AssertReachableAsync(lobby, $"the complaint form in {lang}", "[data-testid='complaint-form']");
        Directory.CreateDirectory(Screenshots.RunDirectory);
        await form.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots.RunDirectory, $"complaint-owner-{width}-{lang}.png") });
        await lobby.TestId("complaint-submit").ClickAsync();

        await Expect(lobby.TestId("complaint-recorded")).ToBeVisibleAsync();
        using var read = await (await Network.SessionOfAsync(lobbyManager)).GetAsync($"/api/lobbies/{branch}");
        Assert.Contains($"\"owner\":\"{owner}\"", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
