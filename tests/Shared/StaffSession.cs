using System.Net;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Testing;

/// <summary>
/// Shared by the Screens and Browser tests (linked into both projects).
/// The bank's head office with a new management department user, made through the grains (nobody could sign in yet to make it
/// through the API), signed in with a cookie jar that the HTTP calls and the hub connections share.
/// </summary>
public sealed class StaffSession
{
    public const string Password = "a long test passphrase";

    private StaffSession(HttpClient http, CookieContainer cookies) => (Http, Cookies) = (http, cookies);

    public HttpClient Http { get; }

    public CookieContainer Cookies { get; }

    public static async Task<StaffSession> HeadOfficeManagementAsync(IServiceProvider services, Uri baseAddress)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var (headOffice, staffId) = (await BankRoot.HeadOfficeAsync(grains), $"md-{Guid.NewGuid():N}");
        await grains.GetGrain<IManagerGrain>(staffId).Register(new(headOffice, "Management Department", [StaffRole.ManagementDepartment]));
        Assert.Null(await grains.GetGrain<IStaffCredentialGrain>(staffId).SetPassword(Password));
        return await SignInAsync(baseAddress, staffId);
    }

    /// <summary>Signs in over HTTP as this member of staff, with a cookie jar of their own.</summary>
    public static async Task<StaffSession> SignInAsync(Uri baseAddress, string staffId, string password = Password)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var signIn = await http.PostAsync("/api/auth/sign-in", new StringContent(
            $$"""{"login":"{{staffId}}","password":"{{password}}"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        return new StaffSession(http, cookies);
    }
}
