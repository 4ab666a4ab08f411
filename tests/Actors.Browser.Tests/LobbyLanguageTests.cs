using Actors.Browser.Tests.Support;

namespace Actors.Browser.Tests;

[Collection(LobbyFloorCollection.Name)]
public sealed class LobbyLanguageTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    [Fact]
    public async Task The_lobby_screen_switches_to_Chinese_and_back_and_keeps_the_choice_across_a_reload()
    {
        var branch = await Network.BranchAsync();
        var lobby = await Context.OpenAsync(Pages.Lobby(branch));
        await lobby.ExpectLiveAsync();
        await Languages.RoundTripAsync(lobby,
            (lobby.TestId("page-title"), new($"Lobby · {branch}", $"大堂 · {branch}")),
            (lobby.TestId("queue-empty"), new("Nobody is waiting.", "当前无人等候。")),
            (lobby.TestId("connection-status"), new("Live", "实时")));
    }

    [Fact]
    public async Task The_kiosk_switches_to_Chinese_and_back_and_keeps_the_choice_across_a_reload()
    {
        var branch = await Network.BranchAsync();
        var kiosk = await Context.OpenAsync(Pages.Kiosk(branch));
        await Languages.RoundTripAsync(kiosk,
            (kiosk.TestId("page-title"), new("Welcome", "欢迎光临")),
            (kiosk.TestId("kiosk-service-Cash"), new("Cash", "现金业务")));
        await kiosk.ChooseLanguageAsync("zh-CN");
        await Screenshots.SaveAsync(kiosk, "kiosk-zh");
    }
}
