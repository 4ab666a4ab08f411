using System.Net;
using Actors.Browser.Tests.Support;
using Actors.Contracts.WorkOrders;
using Actors.Grains.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>A silo whose business clock starts on Monday 13 April 2026, so that a test can reach the May issue of work orders.</summary>
public sealed class WorkOrderScreensFixture() : ClockedScreensFixture(new DateTimeOffset(2026, 4, 13, 10, 0, 0, TimeSpan.FromHours(8)))
{
    public static readonly DateTimeOffset MayIssue = new(2026, 5, 1, 0, 0, 0, TimeSpan.FromHours(8));
}

[CollectionDefinition(Name)]
public sealed class WorkOrderScreensCollection : ICollectionFixture<WorkOrderScreensFixture>
{
    public const string Name = "Work-order screen in chromium";
}

/// <summary>
/// Issue 6's work-order screen as the sub-branch uses it: the month's order appears by itself on the team lead's
/// worklist, who assigns it; the member books the visit and records it with the work paper.
/// </summary>
[Collection(WorkOrderScreensCollection.Name)]
public sealed class WorkOrderScreenTests(WorkOrderScreensFixture fixture) : BrowserTest<WorkOrderScreensFixture>(fixture)
{
    protected override bool SignedIn => false;

    [Fact]
    public async Task A_team_lead_assigns_an_order_from_the_worklist_and_the_member_books_and_records_the_visit()
    {
        var staff = await StaffAccounts.HeadOfficeAsync(Fixture.Host);
        var futian = await staff.SubBranchAsync("福田支行");
        var lead = await staff.StaffAsync(futian, "Zhang Min", "TeamLead");
        var member = await staff.StaffAsync(futian, "王芳", "ClientManager");
        var orderId = await MaysOrderAsync(staff, futian, wang: member);

        // The team lead: the order is on their worklist, to give out.
        var leadsPage = await Context.OpenSignedInAsync("staff-worklist.html", lead);
        var item = leadsPage.Locator($"[data-testid='staff-workOrders'] [data-testid='staff-item'][data-id='{orderId}']");
        await Expect(item.GetByTestId("staff-item-title")).ToHaveTextAsync("Shenzhen Tea House");
        await item.GetByTestId("staff-open-work-order").ClickAsync();
        await Expect(leadsPage.GetByTestId("work-order-status")).ToHaveTextAsync("Issued");
        await Expect(leadsPage.GetByTestId("work-order-focus")).ToBeVisibleAsync();
        await leadsPage.GetByTestId("work-order-assign").ClickAsync();
        // Picked from the sub-branch's staff by name, not typed.
        var picker = leadsPage.GetByTestId("work-order-member");
        await Expect(picker).ToHaveAttributeAsync("data-loaded", "true");
        await Expect(picker.Locator($"option[value='{member}']")).ToContainTextAsync(member);
        await picker.SelectOptionAsync(member);
        await leadsPage.GetByTestId("work-order-assign-submit").ClickAsync();
        await Expect(leadsPage.GetByTestId("work-order-status")).ToHaveTextAsync("Assigned");
        // Shown by name (the staff directory), not by id.
        await Expect(leadsPage.GetByTestId("work-order-assignee")).ToHaveTextAsync("王芳");

        // The member, in their own browser: book the visit, then record it with the brief's questions.
        await using var membersBrowser = await Fixture.NewContextAsync(signedIn: false);
        var page = await membersBrowser.OpenSignedInAsync($"work-order.html?id={Uri.EscapeDataString(orderId)}", member);
        await Expect(page.GetByTestId("work-order-assign")).ToHaveCountAsync(0);
        await page.GetByTestId("work-order-book").ClickAsync();
        await page.GetByTestId("work-order-book-submit").ClickAsync();
        await Expect(page.GetByTestId("work-order-status")).ToHaveTextAsync("Booked");

        await page.GetByTestId("work-order-visit").ClickAsync();
        await page.GetByTestId("paper-running-input").SelectOptionAsync("yes");
        await page.GetByTestId("paper-pressure-input").SelectOptionAsync("no");
        await page.GetByTestId("paper-suggestions-input").FillAsync("keep stock lower before the holiday");
        await page.GetByTestId("paper-documents-input").CheckAsync();
        await page.GetByTestId("paper-asked-input").CheckAsync();
        await page.GetByTestId("work-order-visit-submit").ClickAsync();
        await Expect(page.GetByTestId("work-order-status")).ToHaveTextAsync("Visited");
        await Expect(page.GetByTestId("paper-suggestions")).ToHaveTextAsync("keep stock lower before the holiday");
        await Expect(page.Locator("[data-testid='work-order-history'] li")).ToHaveCountAsync(4);
        await Screenshots.SaveAsync(page, "work-order", "work-order");

        // A file that is no image is refused in the server's words under the file input; a real photo then shows as a thumbnail.
        await page.GetByTestId("work-order-attach").ClickAsync();
        await page.GetByTestId("work-order-file-input").SetInputFilesAsync(new FilePayload { Name = "notes.png", MimeType = "image/png", Buffer = "not a picture"u8.ToArray() });
        await page.GetByTestId("work-order-attach-submit").ClickAsync();
        await Expect(page.GetByTestId("field-error-file")).ToHaveTextAsync("must be a JPEG or PNG image");
        await page.GetByTestId("work-order-file-input").SetInputFilesAsync(new FilePayload { Name = "shop.png", MimeType = "image/png", Buffer = OnePixelPng });
        await page.GetByTestId("work-order-attach-submit").ClickAsync();
        await Expect(page.GetByTestId("work-order-attach-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid='work-order-file'][data-kind='Photo'] img")).ToHaveJSPropertyAsync("naturalWidth", 1);
    }

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A client of Wang Fang's with a loan paid out in April: at 00:00 on 1 May the book issues its order by itself.</summary>
    private async Task<string> MaysOrderAsync(StaffAccounts staff, string subBranch, string wang)
    {
        var client = Ids.Fresh("CL");
        await StaffAccounts.PostAsync(staff.Management, "/api/clients", new { id = client, institutionId = subBranch, name = "Shenzhen Tea House", kind = "corporate", managerId = wang });
        await StaffAccounts.PostAsync(staff.Management, "/api/loans",
            new { id = Ids.Fresh("LN"), institutionId = subBranch, clientId = client, principal = 200_000m, annualRate = 0.06m, termMonths = 3, disbursedOn = "2026-04-01" });
        Fixture.Clock.SetUtcNow(WorkOrderScreensFixture.MayIssue);
        var orderId = WorkOrderIds.For(new DateOnly(2026, 5, 1), client);
        await Eventually.Until(async () => (await staff.Management.GetAsync($"/api/work-orders/{orderId}")).StatusCode,
            s => s == HttpStatusCode.OK, "May's work order is issued", Fixture.Clock);
        return orderId;
    }
}
