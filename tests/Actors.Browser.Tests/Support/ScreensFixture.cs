using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Actors.Browser.Tests.Support;

/// <summary>
/// One silo with its built screens and one chromium, shared by the tests of a collection. Each test opens its own
/// browser context (fresh storage, so a language chosen in one test never leaks into another) and its own entities.
/// </summary>
public abstract class ScreensFixture : IAsyncLifetime
{
    /// <summary>The pages the silo must serve; they come from dashboard-web, built into the silo's wwwroot by its build.</summary>
    private static readonly string[] Pages =
        ["lobby.html", "kiosk.html", "display.html", "board.html", "worklist.html", "signin.html", "staff-worklist.html", "approvals.html", "terminal.html", "month-end.html",
            "devices.html", "audit.html"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "branchgrid-browser-tests-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public GridHost Host { get; private set; } = null!;
    /// <summary>Signed in as a head office's management department (every branch and room in scope); browser contexts share its cookie.</summary>
    public HttpClient Http { get; private set; } = null!;
    public StaffSession Staff { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The silo's business clock, when the collection moves it; null: real time.</summary>
    protected virtual FakeTimeProvider? BusinessClock => null;

    public async Task InitializeAsync()
    {
        // Auto-waiting expectations: a live change must show well within this (the brief asks for a second).
        Assertions.SetDefaultExpectTimeout(10_000);
        Host = new GridHost(Path.Combine(_directory, "data"), BusinessClock);
        Host.StartServer();
        RequireBuiltScreens();
        Staff = await StaffSession.HeadOfficeManagementAsync(Host.Services, Host.BaseAddress);
        Http = Staff.Http;
        _playwright = await Chromium.StartPlaywrightAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser profile on this silo: English unless the page is switched, Beijing time like the bank.</summary>
    /// <param name="signedIn">false: a profile nobody has signed in on yet (the test signs in on the sign-in page).</param>
    /// <param name="machineTime">Where the machine's own clock stands (a branch PC set wrong); by default the business time.</param>
    /// <param name="storageState">What a browser kept from an earlier run (cookies, local storage): a browser started again.</param>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool signedIn = true, DateTimeOffset? machineTime = null,
        string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            TimezoneId = "Asia/Shanghai",
            StorageState = storageState,
        });
        if (signedIn)
        {
            await context.AddCookiesAsync([Staff.BrowserCookie(Host.BaseAddress)]);
        }
        if ((machineTime ?? BusinessClock?.GetUtcNow()) is { } machine)
        {
            // The machine's clock, from where it stands when the profile opens; it runs on in real time from there.
            // The screens read business time from the server, so a machine set wrong must change nothing they show.
            await context.Clock.InstallAsync(new ClockInstallOptions { TimeDate = machine.UtcDateTime });
        }
        return context;
    }

    private void RequireBuiltScreens()
    {
        var web = Host.Services.GetRequiredService<IWebHostEnvironment>();
        var missing = Pages.Where(p => !web.WebRootFileProvider.GetFileInfo(p).Exists).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The screens are not built: {string.Join(", ", missing)} missing from {web.WebRootPath ?? "the silo's wwwroot"}. "
                + "Build the silo (dotnet build silo/Actors.Silo: its build runs dashboard-web's npm build, which needs Node.js 20+ and npm), "
                + "and not with -p:SkipWebBuild=true.");
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A branch lobby's screens (lobby manager, kiosk) on a silo keeping real time, as customers and staff do.</summary>
public sealed class LobbyFloorFixture : ScreensFixture;

[CollectionDefinition(Name)]
public sealed class LobbyFloorCollection : ICollectionFixture<LobbyFloorFixture>
{
    public const string Name = "Lobby screens in chromium";
}

/// <summary>
/// A collections room's screens (wall board, worklists) on a silo whose business clock the tests move: cut-offs and
/// promise windows pass in a step, not in hours. See <see cref="RoomClock"/> for where it starts.
/// </summary>
public sealed class CollectionsRoomFixture() : ClockedScreensFixture(RoomClock.Start(DateTimeOffset.UtcNow))
{
    /// <summary>Moves business time on to <paramref name="instant"/>; never back (other tests' clocks are armed ahead).</summary>
    public void MoveClockTo(DateTimeOffset instant)
    {
        if (instant > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(instant);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CollectionsRoomCollection : ICollectionFixture<CollectionsRoomFixture>
{
    public const string Name = "Collections room screens in chromium";
}

/// <summary>Screens on a silo whose business clock starts at <paramref name="start"/> and moves only when a test moves it.</summary>
public abstract class ClockedScreensFixture(DateTimeOffset start) : ScreensFixture
{
    public FakeTimeProvider Clock { get; } = new(start);

    protected override FakeTimeProvider BusinessClock => Clock;
}

/// <summary>
/// A branch's screens on a silo whose business clock stands at 09:54 China Standard Time on Wednesday 4 March 2026 and
/// moves only when a test moves it, while the browsers' machines may be set to any time at all.
/// </summary>
public sealed class BranchDayFixture() : ClockedScreensFixture(Morning)
{
    public static readonly DateTimeOffset Morning = new(2026, 3, 4, 9, 54, 0, TimeSpan.FromHours(8));
}

[CollectionDefinition(Name)]
public sealed class BranchDayCollection : ICollectionFixture<BranchDayFixture>
{
    public const string Name = "A branch day's screens on the business clock";
}
