using System.Net;
using System.Text;
using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>A silo of its own whose business clock stands where the real one does (the audit records real instants).</summary>
public sealed class AuditScreensFixture() : ClockedScreensFixture(DateTimeOffset.UtcNow);

[CollectionDefinition(Name)]
public sealed class AuditScreensCollection : ICollectionFixture<AuditScreensFixture>
{
    public const string Name = "Audit screen in chromium";
}

/// <summary>
/// Issue 12: the management department reads the security audit on audit.html: filtered by dates (by default the last
/// seven business days by the server's clock, whatever the PC's clock says), actor and action, a page at a time, with
/// the CSV of the same filters; other roles are told it is not theirs.
/// </summary>
[Collection(AuditScreensCollection.Name)]
public sealed class AuditScreenTests(AuditScreensFixture fixture) : BrowserTest<AuditScreensFixture>(fixture)
{
    /// <summary>A PC whose clock is years ahead: the screen's default dates must come from the server.</summary>
    private static readonly DateTimeOffset WrongMachineTime = new(2031, 5, 20, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [MemberData(nameof(BranchScreens.WidthsAndLanguages), MemberType = typeof(BranchScreens))]
    public async Task The_management_department_finds_a_strangers_failed_sign_ins_by_actor_and_action(int width, int height, string lang)
    {
        var md = await ManagementAsync();
        var stranger = Ids.Fresh("nobody");
        await FailedSignInsAsync(stranger, 2);
        await using var context = await Fixture.NewContextAsync(width, height, signedIn: false, machineTime: WrongMachineTime);
        await context.SignInAsAsync(md);
        var page = await context.OpenAsync("audit.html");
        if (lang == "zh-CN")
        {
            await page.ChooseLanguageAsync("zh-CN");
        }
        var today = Fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        await Expect(page.TestId("audit-to")).ToHaveValueAsync(today.ToString("yyyy-MM-dd"));
        await Expect(page.TestId("audit-from")).ToHaveValueAsync(today.AddDays(-6).ToString("yyyy-MM-dd"));

        await page.TestId("audit-filter-actor").FillAsync(stranger);
        await page.TestId("audit-filter-action").SelectOptionAsync("sign-in");
        await page.TestId("audit-show").ClickAsync();

        var rows = page.TestId("audit-row");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First.GetByTestId("audit-action")).ToHaveTextAsync(lang == "zh-CN" ? "登录失败" : "Sign-in failed");
        await Expect(rows.First.GetByTestId("audit-at")).ToContainTextAsync(today.ToString("HH:"));
        await Expect(page.TestId("audit-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^/api/audit\\.csv\\?.*actor={stranger}"));

        await page.TestId("audit-filter-action").SelectOptionAsync("password");
        await page.TestId("audit-show").ClickAsync();
        await Expect(page.Locator("[data-testid='audit-state'][data-state='empty']")).ToBeVisibleAsync();
        await page.TestId("audit-filter-action").SelectOptionAsync("sign-in");
        await page.TestId("audit-show").ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);

        await Controls.AssertReachableAsync(page, $"the audit screen at {width} px in {lang}", "[data-testid='audit-page']");
        await Screenshots.SaveAsync(page, $"audit-{width}-{lang}", width == 1920 ? (lang == "zh-CN" ? "audit-zh" : "audit") : null);
    }

    [Fact]
    public async Task Fifty_one_entries_are_two_pages_and_the_csv_carries_them_all()
    {
        var md = await ManagementAsync();
        var stranger = Ids.Fresh("guesser");
        await FailedSignInsAsync(stranger, 51);
        await using var context = await Fixture.NewContextAsync(signedIn: false);
        await context.SignInAsAsync(md);
        var page = await context.OpenAsync($"audit.html?actor={stranger}");

        var rows = page.TestId("audit-row");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(page.TestId("audit-newer")).ToBeDisabledAsync();
        var newest = await rows.First.GetAttributeAsync("data-sequence");
        await page.TestId("audit-older").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(page.TestId("audit-older")).ToBeDisabledAsync();
        await page.TestId("audit-newer").ClickAsync();
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(rows.First).ToHaveAttributeAsync("data-sequence", newest!);

        var csv = await page.APIRequest.GetAsync(await page.TestId("audit-csv").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, csv.Status);
        var lines = (await csv.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 51, lines.Length);
    }

    [Fact]
    public async Task A_team_lead_is_told_the_audit_is_for_the_management_department()
    {
        var staff = await StaffAccounts.HeadOfficeAsync(Fixture.Host);
        var lead = await staff.StaffAsync(staff.BranchId, "Li Wei", "TeamLead");
        await using var context = await Fixture.NewContextAsync(signedIn: false);
        await context.SignInAsAsync(lead);
        var page = await context.OpenAsync("audit.html");

        await Expect(page.Locator("[data-testid='audit-state'][data-state='forbidden']")).ToContainTextAsync("management department");
        await Expect(page.TestId("audit-row")).ToHaveCountAsync(0);
    }

    private async Task<string> ManagementAsync()
    {
        var staff = await StaffAccounts.HeadOfficeAsync(Fixture.Host);
        return await staff.StaffAsync(staff.HeadOfficeId, "Chen Jing", "ManagementDepartment");
    }

    /// <summary>Wrong passwords for a login nobody has: each one an entry (failed, delayed or throttled) with that login as the actor.</summary>
    private async Task FailedSignInsAsync(string login, int times)
    {
        using var anonymous = new HttpClient { BaseAddress = Fixture.Host.BaseAddress };
        for (var i = 0; i < times; i++)
        {
            using var answer = await anonymous.PostAsync("/api/auth/sign-in",
                new StringContent($$"""{"login":"{{login}}","password":"not it {{i}}"}""", Encoding.UTF8, "application/json"));
            Assert.True(answer.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"{answer.StatusCode}");
        }
    }
}
