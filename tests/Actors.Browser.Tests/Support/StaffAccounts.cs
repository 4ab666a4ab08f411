using System.Net;
using System.Text.Json;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests.Support;

/// <summary>
/// Staff who sign in. The first user of a fresh store (a head-office management department member) is made through the
/// grains, as the demo seeder makes its users: nobody could sign in yet to make it through the API. Everyone after is
/// registered and given a password through the API by that user, and signs in as a person does: on the sign-in page.
/// </summary>
public sealed class StaffAccounts(HttpClient management, string headOfficeId, string branchId)
{
    public const string Password = "a long browser-test passphrase";

    /// <summary>The bank's one head office, where the management department sits.</summary>
    public string HeadOfficeId { get; } = headOfficeId;

    /// <summary>A new branch of the head office, whose sub-branches the test registers (<see cref="SubBranchAsync"/>).</summary>
    public string BranchId { get; } = branchId;

    /// <summary>A new management department member of the bank's head office, signed in over HTTP, and a new branch.</summary>
    public static async Task<StaffAccounts> HeadOfficeAsync(GridHost host)
    {
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var (headOffice, staffId) = (await BankRoot.HeadOfficeAsync(grains), Ids.Fresh("MD"));
        await grains.GetGrain<IManagerGrain>(staffId).Register(new(headOffice, "Management Department", [StaffRole.ManagementDepartment]));
        Assert.Null(await grains.GetGrain<IStaffCredentialGrain>(staffId).SetPassword(Password));
        return new StaffAccounts(await SignedInClientAsync(host.BaseAddress, staffId), headOffice, await BankRoot.BranchAsync(grains, Ids.Fresh("BR"), "Shenzhen branch"));
    }

    /// <summary>An HTTP client signed in as this member of staff (its own cookie jar).</summary>
    public static async Task<HttpClient> SignedInClientAsync(Uri baseAddress, string staffId)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        await PostAsync(http, "/api/auth/sign-in", new { login = staffId, password = Password }, HttpStatusCode.OK);
        return http;
    }

    public async Task<string> SubBranchAsync(string name)
    {
        var id = Ids.Fresh("SB");
        await PostAsync(management, "/api/institutions", new { id, name, kind = "subBranch", parentId = BranchId });
        return id;
    }

    /// <summary>Registers a member of staff and gives them the test password; answers their staff id (their login).</summary>
    public async Task<string> StaffAsync(string institutionId, string name, string role)
    {
        var id = Ids.Fresh("ST");
        await PostAsync(management, "/api/managers", new { id, institutionId, name, roles = new[] { role } });
        await PostAsync(management, $"/api/staff/{id}/password", new { password = Password }, HttpStatusCode.NoContent);
        return id;
    }

    /// <summary>A corporate client of some years' standing, never visited: its visit is overdue.</summary>
    public async Task<string> ClientAsync(string institutionId, string managerId, string name)
    {
        var id = Ids.Fresh("CL");
        await PostAsync(management, "/api/clients", new { id, institutionId, name, kind = "corporate", managerId, relationshipSince = "2020-01-06" });
        return id;
    }

    public async Task<string> TerminalAsync(string institutionId, string maintainerId, string merchantName)
    {
        var id = Ids.Fresh("POS");
        await PostAsync(management, "/api/terminals", new { id, institutionId, merchantName, maintainerId });
        return id;
    }

    public HttpClient Management => management;

    public static Task<JsonElement> PostAsync(HttpClient http, string path, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        JsonApi.PostAsync(http, path, body, expected);

    public static Task<JsonElement> GetAsync(HttpClient http, string path) => JsonApi.GetAsync(http, path);
}

public static class SignInPage
{

    /// <summary>
    /// Opens a signed-in page as a person does: the page finds nobody signed in and goes to the sign-in page, which
    /// brings them back to it once the staff number and password are accepted.
    /// </summary>
    public static async Task<IPage> OpenSignedInAsync(this IBrowserContext context, string address, string staffId, string password = StaffAccounts.Password)
    {
        var page = await context.NewPageAsync();
        FeedRecorder.Attach(page);
        await page.GotoAsync(address);
        await Expect(page.GetByTestId("signin-page")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signin-returning")).ToBeVisibleAsync();
        await page.GetByTestId("signin-login").FillAsync(staffId);
        await page.GetByTestId("signin-password").FillAsync(password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await page.ExpectOnPageAsync(address.Split('?')[0]);
        await Expect(page.Locator("#app[data-ready='true']")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("session")).ToHaveAttributeAsync("data-staff-id", staffId);
        return page;
    }
}
