using System.Text.RegularExpressions;
using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>The ticket kiosk runs as a device: set up once by the lobby manager, then for customers only, across restarts.</summary>
[Collection(LobbyFloorCollection.Name)]
public sealed partial class KioskDeviceTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    protected override bool SignedIn => false;

    [Fact]
    public async Task A_kiosk_set_up_by_the_lobby_manager_still_issues_tickets_after_the_browser_restarts_and_never_shows_the_sign_in_page()
    {
        var branch = await Network.BranchAsync();
        var lobbyManager = await Network.StaffAsync(branch, "Zhao Min", "LobbyManager");

        // On the kiosk machine itself: the lobby manager signs in on the devices page and registers it.
        await using var firstRun = await Fixture.NewContextAsync(1920, 1080, signedIn: false);
        var setUp = await firstRun.OpenSignedInAsync($"devices.html?screen=Kiosk&scope={branch}", lobbyManager);
        await setUp.TestId("device-name").FillAsync("Kiosk by the door");
        await Screenshots.SaveAsync(setUp, "devices", "devices");
        await setUp.TestId("device-submit").ClickAsync();
        await setUp.ExpectOnPageAsync("kiosk.html");
        await Expect(setUp.TestId("kiosk-page")).ToHaveAttributeAsync("data-branch", branch);
        await setUp.TestId("kiosk-service-Cash").ClickAsync();
        await Expect(setUp.TestId("kiosk-ticket-number")).ToHaveTextAsync(CashTicket());
        var kept = await firstRun.StorageStateAsync();
        await firstRun.CloseAsync();

        // The browser is started again with what it kept: the kiosk opens with no branch in its address, as its own.
        await using var restarted = await Fixture.NewContextAsync(1920, 1080, signedIn: false, storageState: kept);
        var visited = new List<string>();
        var kiosk = await restarted.NewPageAsync();
        kiosk.FrameNavigated += (_, frame) => visited.Add(frame.Url);
        await kiosk.GotoAsync("kiosk.html");
        await Expect(kiosk.TestId("kiosk-page")).ToHaveAttributeAsync("data-branch", branch);
        await Screenshots.SaveAsync(kiosk, "kiosk-device", "kiosk");
        await kiosk.TestId("kiosk-service-Loans").ClickAsync();
        await Expect(kiosk.TestId("kiosk-ticket-number")).ToHaveTextAsync(LoansTicket());
        Assert.DoesNotContain(visited, url => url.Contains("signin", StringComparison.Ordinal));
        await Expect(kiosk.TestId("signin-page")).ToHaveCountAsync(0);

        // Its credential is good for tickets and nothing else: not the clients, not another screen's hub group.
        Assert.Equal(401, (await restarted.APIRequest.GetAsync("/api/clients")).Status);
        Assert.Equal(401, (await restarted.APIRequest.GetAsync($"/api/lobbies/{branch}")).Status);
        var joinLobby = await kiosk.EvaluateAsync<string>(JoinOverRawHub, new object[] { "JoinLobby", branch });
        Assert.Contains("error", joinLobby, StringComparison.Ordinal);
        var joinInbox = await kiosk.EvaluateAsync<string>(JoinOverRawHub, new object[] { "JoinInbox", "" });
        Assert.Contains("error", joinInbox, StringComparison.Ordinal);

        // Revoked by the lobby manager: the next customer finds it out of service, still no sign-in page.
        var manager = await Network.SessionOfAsync(lobbyManager);
        var devices = await JsonApi.GetAsync(manager, $"/api/devices/{branch}");
        var deviceId = devices[0].GetProperty("deviceId").GetString();
        await JsonApi.PostAsync(manager, $"/api/devices/{branch}/{deviceId}/revoke", new { }, System.Net.HttpStatusCode.OK);
        await kiosk.TestId("kiosk-done").ClickAsync();
        await kiosk.TestId("kiosk-service-Cash").ClickAsync();
        await Expect(kiosk.TestId("device-not-set-up")).ToHaveAttributeAsync("data-reason", "revoked");
        Assert.DoesNotContain(visited, url => url.Contains("signin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kiosk_nobody_set_up_tells_customers_so_and_does_not_open_the_sign_in_page()
    {
        var branch = await Network.BranchAsync();
        var kiosk = await Context.NewPageAsync();
        await kiosk.GotoAsync(Pages.Kiosk(branch));
        await Expect(kiosk.TestId("device-not-set-up")).ToHaveAttributeAsync("data-reason", "notSetUp");
        Assert.EndsWith("/kiosk.html", new Uri(kiosk.Url).AbsolutePath, StringComparison.Ordinal);
        await Expect(kiosk.TestId("device-set-up")).ToHaveAttributeAsync("href", $"devices.html?screen=Kiosk&scope={branch}");
    }

    /// <summary>
    /// Negotiates with the screens hub and invokes a join as the page's own credential, over a raw WebSocket (the
    /// SignalR JSON protocol): answers the completion message, whose "error" says the hub refused.
    /// </summary>
    private const string JoinOverRawHub = """
        async ([method, argument]) => {
          const negotiate = await fetch('/hubs/screens/negotiate?negotiateVersion=1', { method: 'POST' });
          if (!negotiate.ok) return `error: negotiate ${negotiate.status}`;
          const { connectionToken } = await negotiate.json();
          const url = new URL(`/hubs/screens?id=${connectionToken}`, location.href);
          url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
          const socket = new WebSocket(url);
          const rs = String.fromCharCode(0x1e);
          return await new Promise((resolve) => {
            socket.onopen = () => socket.send(JSON.stringify({ protocol: 'json', version: 1 }) + rs);
            socket.onmessage = (event) => {
              for (const frame of String(event.data).split(rs).filter(Boolean)) {
                const message = JSON.parse(frame);
                if (message.type === undefined) {
                  const args = argument ? [argument] : [];
                  socket.send(JSON.stringify({ type: 1, invocationId: '1', target: method, arguments: args }) + rs);
                } else if (message.type === 3) {
                  socket.close();
                  resolve(message.error ? `error: ${message.error}` : 'joined');
                }
              }
            };
            socket.onerror = () => resolve('error: socket');
          });
        }
        """;

    [GeneratedRegex(@"^C\d+$")]
    private static partial Regex CashTicket();

    [GeneratedRegex(@"^L\d+$")]
    private static partial Regex LoansTicket();
}
