using System.Net;
using System.Text;
using Actors.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>A silo of its own (uploads change its calendar book), its business clock on Monday 7 December 2026.</summary>
public sealed class CalendarScreensFixture() : ClockedScreensFixture(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8)));

[CollectionDefinition(Name)]
public sealed class CalendarScreensCollection : ICollectionFixture<CalendarScreensFixture>
{
    public const string Name = "Calendar screen in chromium";
}

/// <summary>
/// Issue 15: the management department uploads a year's working calendar on calendar.html and sees its month grid, in
/// both languages at the branch PCs' widths; a client manager is offered no upload and the server refuses one (403).
/// Every year uploaded is made up, never next year's official schedule.
/// </summary>
[Collection(CalendarScreensCollection.Name)]
public sealed class CalendarScreenTests(CalendarScreensFixture fixture) : BrowserTest<CalendarScreensFixture>(fixture)
{
    private static string MadeUpYear(int year) => $$"""
        { "year": {{year}}, "source": "made up for a test",
          "holidays": [ { "name": "New Year", "from": "{{year}}-01-01", "to": "{{year}}-01-03" },
                        { "name": "Spring Festival", "from": "{{year}}-02-10", "to": "{{year}}-02-16" } ],
          "makeUpWorkingDays": [ {{MakeUpDay(year)}} ] }
        """;

    /// <summary>The first Saturday of February: worked, before the made-up Spring Festival.</summary>
    private static string MakeUpDay(int year)
    {
        var day = new DateOnly(year, 2, 1);
        while (day.DayOfWeek != DayOfWeek.Saturday)
        {
            day = day.AddDays(1);
        }
        return $"\"{day:yyyy-MM-dd}\"";
    }

    [Theory]
    [MemberData(nameof(BranchScreens.WidthsAndLanguages), MemberType = typeof(BranchScreens))]
    public async Task The_management_department_uploads_a_made_up_year_and_sees_its_month_grid(int width, int height, string lang)
    {
        var year = 2040 + (width switch { 1280 => 0, 1366 => 1, _ => 2 }) + (lang == "zh-CN" ? 3 : 0);
        var staff = await StaffAccounts.HeadOfficeAsync(Fixture.Host);
        var md = await staff.StaffAsync(staff.HeadOfficeId, "Chen Jing", "ManagementDepartment");
        await using var context = await Fixture.NewContextAsync(width, height, signedIn: false);
        await context.SignInAsAsync(md);
        var page = await context.OpenAsync("calendar.html");
        if (lang == "zh-CN")
        {
            await page.ChooseLanguageAsync("zh-CN");
        }

        await page.TestId("calendar-file").SetInputFilesAsync(new FilePayload
        {
            Name = $"{year}-made-up.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(MadeUpYear(year)),
        });
        await page.TestId("calendar-upload-button").ClickAsync();

        await Expect(page.TestId("calendar-upload-result")).ToContainTextAsync(lang == "zh-CN" ? $"{year} 年第 1 版已保存" : $"{year} version 1 saved");
        var grid = page.Locator($"[data-testid='calendar-year'][data-year='{year}']");
        await Expect(grid.GetByTestId("calendar-month")).ToHaveCountAsync(12);
        await Expect(grid.Locator($"[data-date='{year}-01-01']")).ToHaveAttributeAsync("data-kind", "off");
        await Expect(grid.Locator($"[data-date='{year}-02-12']")).ToHaveAttributeAsync("data-kind", "off");
        await Expect(grid.Locator($"[data-date={MakeUpDay(year)}]")).ToHaveAttributeAsync("data-kind", "makeup");
        await Expect(grid.GetByTestId("calendar-version")).ToContainTextAsync($"{year}-made-up.json");
        await Expect(page.Locator("[data-testid='calendar-version-row']", new() { HasText = $"{year}-made-up.json" })).ToHaveCountAsync(1);
        await Controls.AssertReachableAsync(page, $"the calendar screen at {width} px in {lang}", "[data-testid='calendar-page']");
        await Screenshots.SaveAsync(page, $"calendar-{width}-{lang}", width == 1920 ? (lang == "zh-CN" ? "calendar-zh" : "calendar") : null);
    }

    [Fact]
    public async Task A_client_manager_sees_the_calendars_but_is_offered_no_upload_and_the_server_refuses_one()
    {
        var staff = await StaffAccounts.HeadOfficeAsync(Fixture.Host);
        var manager = await staff.StaffAsync(staff.HeadOfficeId, "Wang Fang", "ClientManager");
        await using var context = await Fixture.NewContextAsync(signedIn: false);
        await context.SignInAsAsync(manager);
        var page = await context.OpenAsync("calendar.html?year=2026");

        await Expect(page.Locator("[data-testid='calendar-year'][data-year='2026']")).ToBeVisibleAsync();
        await Expect(page.TestId("calendar-upload")).ToHaveCountAsync(0);
        using var http = await StaffAccounts.SignedInClientAsync(Fixture.Host.BaseAddress, manager);
        using var refused = await http.PostAsync("/api/calendars", new StringContent(MadeUpYear(2046), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
