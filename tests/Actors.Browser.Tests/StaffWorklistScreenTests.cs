using Actors.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>Issue 6's worklist as a client manager uses it: signed in on the sign-in page, their own clients to visit.</summary>
[Collection(LobbyFloorCollection.Name)]
public sealed class StaffWorklistScreenTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    // Each test signs in on the sign-in page, as the member of staff it is about.
    protected override bool SignedIn => false;

    [Fact]
    public async Task A_client_manager_signs_in_sees_a_client_to_visit_logs_the_visit_and_the_client_leaves_the_worklist()
    {
        var staff = await StaffAccounts.HeadOfficeAsync(Fixture.Host);
        var branch = await staff.SubBranchAsync("Futian sub-branch");
        var manager = await staff.StaffAsync(branch, "Li Wei", "ClientManager");
        var client = await staff.ClientAsync(branch, manager, "Shenzhen Tea House");
        var other = await staff.ClientAsync(branch, manager, "Futian Hardware");

        var page = await Context.OpenSignedInAsync("staff-worklist.html", manager);
        await Expect(page.GetByTestId("session-who")).ToContainTextAsync("Li Wei");
        var item = page.Locator($"[data-testid='staff-item'][data-id='{client}']");
        await Expect(item).ToBeVisibleAsync();
        await Expect(item.GetByTestId("staff-item-title")).ToHaveTextAsync("Shenzhen Tea House");
        await Expect(page.Locator($"[data-testid='staff-item'][data-id='{other}']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "staff-worklist", "staff-worklist");

        await item.GetByTestId("staff-log-visit").ClickAsync();
        await page.GetByTestId("visit-type").SelectOptionAsync("OnSite");
        await page.GetByTestId("visit-findings").FillAsync("Shop open, terminal on the counter, owner asks about a loan.");
        await page.GetByTestId("visit-submit").ClickAsync();

        await Expect(page.GetByTestId("visit-dialog")).ToHaveCountAsync(0);
        await Expect(item).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("visit-logged")).ToHaveTextAsync("Visit logged.");
        // The other client is still to be visited, and the server agrees once the page reads the list again.
        await page.GetByTestId("worklist-refresh").ClickAsync();
        await Expect(page.Locator($"[data-testid='staff-item'][data-id='{other}']")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid='staff-item'][data-id='{client}']")).ToHaveCountAsync(0);
    }
}
