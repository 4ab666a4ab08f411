using System.Text.RegularExpressions;
using Actors.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

[Collection(LobbyFloorCollection.Name)]
public sealed partial class KioskTicketTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    [Fact]
    public async Task A_ticket_taken_at_the_kiosk_appears_on_the_open_lobby_screen_without_a_reload()
    {
        var branch = await Network.BranchAsync();
        var lobby = await Context.OpenAsync(Pages.Lobby(branch));
        await lobby.ExpectLiveAsync();
        await Expect(lobby.TestId("queue-empty")).ToBeVisibleAsync();
        await lobby.MarkDocumentAsync();

        var kiosk = await Context.OpenAsync(Pages.Kiosk(branch));
        await Screenshots.SaveAsync(kiosk, "kiosk");
        await kiosk.TestId("kiosk-service-Remittance").ClickAsync();
        await Expect(kiosk.TestId("kiosk-ticket-number")).ToHaveTextAsync(TicketNumber());
        await Expect(kiosk.TestId("kiosk-ticket-service")).ToHaveTextAsync("Transfer & remittance");
        var number = await kiosk.TestId("kiosk-ticket-number").TextContentAsync();
        await Screenshots.SaveAsync(kiosk, "kiosk-ticket");

        var row = lobby.Locator($"[data-testid='ticket-row'][data-ticket-number='{number}']");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByTestId("ticket-service")).ToHaveTextAsync("Transfer & remittance");
        await Expect(row).ToHaveAttributeAsync("data-status", "Waiting");
        await Expect(lobby.TestId("queue-count")).ToHaveTextAsync("1");
        await Expect(lobby.TestId("stat-waiting-value")).ToHaveTextAsync("1");
        await lobby.AssertChangedLiveAsync();
    }

    [GeneratedRegex(@"^R\d+$")]
    private static partial Regex TicketNumber();
}
