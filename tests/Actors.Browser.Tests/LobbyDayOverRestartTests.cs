using Actors.Browser.Tests.Support;
using Actors.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>
/// A business day closes with customers still waiting while the silo is down: it stops at 18:00 on Wednesday and starts at
/// 08:30 on Thursday on the same store. The lobby screen opens on an empty Thursday, the kiosk numbers from 1 again, and
/// Wednesday's figures (past days, on the same screen) count the tickets closed unserved.
/// </summary>
public sealed class LobbyDayOverRestartTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "branchgrid-browser-restart-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Chromium.StartPlaywrightAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task After_a_silo_down_over_the_close_the_next_days_lobby_is_empty_numbering_restarts_and_yesterday_counts_the_unserved()
    {
        var data = Path.Combine(_directory, "data");
        string branch;
        await using (var wednesday = new GridHost(data, new FakeTimeProvider(Wednesday)))
        {
            wednesday.StartServer();
            var staff = await StaffSession.HeadOfficeManagementAsync(wednesday.Services, wednesday.BaseAddress);
            var network = new Network(staff.Http);
            branch = await network.BranchAsync();
            await network.OpenNamedDeskAsync(branch, "D1", "Counter 1", "Counter", "1 号窗口", "Cash");
            foreach (var service in new[] { "Cash", "Cash", "Cash", "Wealth" })
            {
                await network.TicketAsync(branch, service);
            }
            await using var day = await ContextAsync(wednesday, staff);
            var lobby = await day.OpenAsync(Pages.Lobby(branch));
            await lobby.ExpectLiveAsync();
            await Desk(lobby).GetByTestId("desk-call-next").ClickAsync();
            await Expect(Desk(lobby).GetByTestId("desk-current")).ToContainTextAsync("C001");
            await Desk(lobby).GetByTestId("desk-call-next").ClickAsync(); // C001 done, C002 called
            await Expect(Desk(lobby).GetByTestId("desk-current")).ToContainTextAsync("C002");
            await Expect(lobby.TestId("queue-count")).ToHaveTextAsync("2");
            await Expect(lobby.TestId("lobby-day")).ToHaveAttributeAsync("data-date", "2026-03-04");
        }

        // Thursday 08:30: the close at 18:30 and midnight passed while the silo was down.
        await using var thursday = new GridHost(data, new FakeTimeProvider(Wednesday.AddDays(1).AddMinutes(-30)));
        thursday.StartServer();
        var again = await StaffSession.HeadOfficeManagementAsync(thursday.Services, thursday.BaseAddress);
        await using var morning = await ContextAsync(thursday, again);
        var screen = await morning.OpenAsync(Pages.Lobby(branch));
        await screen.ExpectLiveAsync();
        await Expect(screen.TestId("queue-empty")).ToBeVisibleAsync();
        await Expect(screen.TestId("lobby-day")).ToHaveAttributeAsync("data-date", "2026-03-05");
        await Expect(screen.TestId("stat-finished-today-value")).ToHaveTextAsync("0");
        await Expect(Desk(screen).GetByTestId("desk-state")).ToHaveTextAsync("Closed");

        // Yesterday, as the screen shows past days: four issued, one served, three not served at the close.
        var yesterday = screen.TestId("day-figures");
        await Expect(yesterday).ToHaveAttributeAsync("data-date", "2026-03-04");
        await Expect(yesterday).ToHaveAttributeAsync("data-closed", "true");
        var total = screen.TestId("day-figures-total");
        await Expect(total.Locator("[data-figure='issued']")).ToHaveTextAsync("4");
        await Expect(total.Locator("[data-figure='served']")).ToHaveTextAsync("1");
        await Expect(total.Locator("[data-figure='notServedAtClose']")).ToHaveTextAsync("3");
        await Expect(screen.Locator("[data-testid='day-figures-service'][data-service='Wealth'] [data-figure='notServedAtClose']")).ToHaveTextAsync("1");

        var kiosk = await morning.OpenAsync(Pages.Kiosk(branch));
        await kiosk.TestId("kiosk-service-Cash").ClickAsync();
        await Expect(kiosk.TestId("kiosk-ticket-number")).ToHaveTextAsync("C001");
        await Expect(kiosk.TestId("kiosk-ticket-date")).ToHaveTextAsync("2026-03-05");
        await Expect(kiosk.TestId("kiosk-ticket-ahead")).ToHaveTextAsync("You are next");
        await Expect(screen.Locator("[data-testid='ticket-row'][data-ticket-number='C001']")).ToBeVisibleAsync();
    }

    private static ILocator Desk(IPage screen) => screen.Locator("[data-testid='desk-card'][data-desk-id='D1']");

    private async Task<IBrowserContext> ContextAsync(GridHost host, StaffSession staff)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "en-US",
            TimezoneId = "Asia/Shanghai",
        });
        await context.AddCookiesAsync([staff.BrowserCookie(host.BaseAddress)]);
        return context;
    }
}
