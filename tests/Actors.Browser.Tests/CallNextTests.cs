using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

[Collection(LobbyFloorCollection.Name)]
public sealed class CallNextTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    [Fact]
    public async Task Call_next_at_a_desk_opened_on_the_screen_moves_the_longest_waiting_ticket_to_it_on_every_lobby_screen()
    {
        var branch = await Network.BranchAsync();
        var first = await Network.TicketAsync(branch, "Cash");
        // A customer buying wealth products for 500,000: premium by the brief's signals, marked for staff.
        await Network.TicketAsync(branch, "Wealth", 500_000m, ["InvestmentPurchase"]);
        var second = await Network.TicketAsync(branch, "Cash");
        await Network.TicketAsync(branch, "AccountOpening");
        await Network.OpenDeskAsync(branch, "VIP", "VIP room", "VipRoom", "Wealth", "Corporate");
        var lobbyManager = await Network.StaffAsync(branch, "Liu Yang", "LobbyManager");
        await Network.ComplaintAsync(branch, "The queue for cash was slow at lunchtime.", lobbyManager, "Mr Chen");

        var manager = await Context.OpenAsync(Pages.Lobby(branch));
        // A second lobby screen, on another machine in the back office: both follow. (Its own profile and window: a
        // background tab of the same window would have its animation frames throttled.)
        await using var backOfficeMachine = await Fixture.NewContextAsync();
        var backOffice = await backOfficeMachine.OpenAsync(Pages.Lobby(branch));
        await manager.ExpectLiveAsync();
        await backOffice.ExpectLiveAsync();
        await manager.MarkDocumentAsync();
        await backOffice.MarkDocumentAsync();
        await Expect(manager.TestId("queue-count")).ToHaveTextAsync("4");

        await manager.Locator("[data-testid='desk-setup'] > summary").ClickAsync();
        await manager.TestId("desk-form-id").FillAsync("C1");
        await manager.TestId("desk-form-name").FillAsync("Counter 1");
        await manager.TestId("desk-form-kind").SelectOptionAsync("Counter");
        await manager.TestId("desk-form-service-Cash").CheckAsync();
        await manager.TestId("desk-form-submit").ClickAsync();
        await Expect(Desk(backOffice, "C1").GetByTestId("desk-state")).ToHaveTextAsync("Idle");
        await Expect(Desk(manager, "C1").GetByTestId("desk-current")).ToHaveTextAsync("Free");

        await Desk(manager, "C1").GetByTestId("desk-call-next").ClickAsync();

        foreach (var screen in new[] { manager, backOffice })
        {
            await Expect(Desk(screen, "C1").GetByTestId("desk-current")).ToContainTextAsync($"Now: {first}");
            await Expect(Desk(screen, "C1").GetByTestId("desk-ticket-status")).ToHaveTextAsync("Called");
            await Expect(Row(screen, first)).ToHaveCountAsync(0);
            await Expect(Row(screen, second)).ToBeVisibleAsync();
            await Expect(screen.TestId("queue-count")).ToHaveTextAsync("3");
        }

        await Desk(manager, "C1").GetByTestId("desk-start").ClickAsync();
        await Expect(Desk(backOffice, "C1").GetByTestId("desk-ticket-status")).ToHaveTextAsync("Being served");
        await Expect(backOffice.TestId("stat-serving-value")).ToHaveTextAsync("1");
        await manager.AssertChangedLiveAsync();
        await backOffice.AssertChangedLiveAsync();

        await manager.Locator("[data-testid='desk-setup'] > summary").ClickAsync();
        await Screenshots.SaveAsync(manager, "lobby-call-next");
        await manager.ChooseLanguageAsync("zh-CN");
        await Expect(Desk(manager, "C1").GetByTestId("desk-ticket-status")).ToHaveTextAsync("办理中");
        await Screenshots.SaveAsync(manager, "lobby-call-next-zh");
    }

    private static ILocator Desk(IPage screen, string deskId) => screen.Locator($"[data-testid='desk-card'][data-desk-id='{deskId}']");

    private static ILocator Row(IPage screen, string number) => screen.Locator($"[data-testid='ticket-row'][data-ticket-number='{number}']");
}
