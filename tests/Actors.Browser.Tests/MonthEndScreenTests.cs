using System.Net;
using System.Text;
using Actors.Browser.Tests.Support;
using Actors.Grains.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>A silo whose business clock starts on Monday 6 April 2026, so that the tests can close April.</summary>
public sealed class MonthEndScreensFixture() : ClockedScreensFixture(new DateTimeOffset(2026, 4, 6, 10, 0, 0, TimeSpan.FromHours(8)))
{
    public static readonly DateTimeOffset MonthEnd = new(2026, 5, 1, 0, 0, 0, TimeSpan.FromHours(8));
}

[CollectionDefinition(Name)]
public sealed class MonthEndScreensCollection : ICollectionFixture<MonthEndScreensFixture>
{
    public const string Name = "Month-end screen in chromium";
}

/// <summary>Issue 6: "at month end ... the month's statistics appear by themselves; they can be opened on a screen and exported as CSV".</summary>
[Collection(MonthEndScreensCollection.Name)]
public sealed class MonthEndScreenTests(MonthEndScreensFixture fixture) : BrowserTest<MonthEndScreensFixture>(fixture)
{
    protected override bool SignedIn => false;

    [Fact]
    public async Task A_team_lead_opens_Aprils_statistics_sees_a_managers_row_and_downloads_the_csv()
    {
        var staff = await StaffAccounts.HeadOfficeAsync(Fixture.Host);
        var futian = await staff.SubBranchAsync("福田支行");
        var lead = await staff.StaffAsync(futian, "Zhang Min", "TeamLead");
        var wang = await staff.StaffAsync(futian, "王芳", "ClientManager");
        // Two accounts opened in April for Wang Fang, and a terminal silent since February (inactive at the month end).
        foreach (var name in new[] { "Li Hua Trading", "Shenzhen Tea House" })
        {
            await StaffAccounts.PostAsync(staff.Management, "/api/clients", new { id = Ids.Fresh("CL"), institutionId = futian, name, kind = "corporate", managerId = wang });
        }
        var silent = Ids.Fresh("POS");
        await StaffAccounts.PostAsync(staff.Management, "/api/terminals",
            new { id = silent, institutionId = futian, merchantName = "Futian Noodles", maintainerId = wang, signedUpAt = "2026-02-01T09:00:00+08:00" });

        // 00:00 on 1 May: April closes by itself.
        Fixture.Clock.SetUtcNow(MonthEndScreensFixture.MonthEnd);
        await Eventually.Until(async () => (await staff.Management.GetAsync($"/api/institutions/{futian}/statistics?month=2026-04")).StatusCode,
            s => s == HttpStatusCode.OK, "April is closed", Fixture.Clock);

        var page = await Context.OpenSignedInAsync($"month-end.html?institution={futian}&month=2026-04", lead);
        var manager = page.Locator($"[data-testid='manager-row'][data-manager-id='{wang}']");
        await Expect(manager).ToBeVisibleAsync();
        await Expect(manager.GetByTestId("manager-name")).ToContainTextAsync("王芳");
        await Expect(manager.GetByTestId("manager-new-accounts")).ToHaveTextAsync("2");
        var subBranch = page.Locator($"[data-testid='sub-branch-row'][data-institution-id='{futian}']");
        await Expect(subBranch.GetByTestId("sub-branch-new-accounts")).ToHaveAttributeAsync("data-met", "false");
        await Expect(subBranch.GetByTestId("sub-branch-basic")).ToHaveAttributeAsync("data-met", "true");
        await Expect(page.Locator($"[data-testid='inactive-row'][data-terminal-id='{silent}']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "month-end", "month-end");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("statistics-csv").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(Actors.Api.Apis.MonthStatisticsCsv.Header, lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"2026-04,manager,{wang},王芳,2,2,2,", StringComparison.Ordinal));

        // May is still open: said in words, with nothing to download.
        await page.GetByTestId("month-end-month").FillAsync("2026-05");
        await page.GetByTestId("month-end-show").ClickAsync();
        await Expect(page.GetByTestId("statistics-state")).ToHaveAttributeAsync("data-state", "notClosed");
        await Expect(page.GetByTestId("statistics-csv")).ToHaveCountAsync(0);
    }
}
