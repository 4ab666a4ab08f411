using System.Net;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Tests;

/// <summary>
/// Signed-in HTTP clients. The first user of a fresh store (a head-office management department member) is made
/// through the grains, as the demo seeder makes its users: nobody could sign in yet to do it through the API.
/// Everyone after is registered and given a password through the API by that user.
/// </summary>
public static class StaffSessions
{
    public const string Password = "a long test passphrase";

    /// <summary>The bank's one head office, the root of its tree (as the demo names it).</summary>
    public const string HeadOffice = BankRoot.HeadOffice;

    /// <summary>A new management department user of the bank's head office (registered at the first call), signed in.</summary>
    public static async Task<HttpClient> HeadOfficeManagementAsync(IServiceProvider services, Uri baseAddress)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var (headOffice, staffId) = (await BankRoot.HeadOfficeAsync(grains), Ids.New("md"));
        await grains.GetGrain<IManagerGrain>(staffId).Register(new(headOffice, "Management Department", [StaffRole.ManagementDepartment]));
        Assert.Null(await grains.GetGrain<IStaffCredentialGrain>(staffId).SetPassword(Password));
        return await SignInAsync(baseAddress, staffId, Password);
    }

    /// <summary>A client whose cookie jar is signed in as this member of staff.</summary>
    public static async Task<HttpClient> SignInAsync(Uri baseAddress, string staffId, string password = Password)
    {
        var http = Anonymous(baseAddress);
        (await http.ApiPostAsync("/api/auth/sign-in", new { login = staffId, password })).ShouldBe(HttpStatusCode.OK);
        return http;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> Jars = [];

    public static HttpClient Anonymous(Uri baseAddress)
    {
        var jar = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Jars.Add(http, jar);
        return http;
    }

    /// <summary>The client's cookies, for a SignalR connection made as the same user.</summary>
    public static CookieContainer Cookies(this HttpClient http) => Jars.TryGetValue(http, out var jar) ? jar : throw new InvalidOperationException("not a StaffSessions client");

    /// <summary>Registers a member of staff through the API (as <paramref name="management"/>), sets their password and signs them in.</summary>
    public static async Task<HttpClient> NewStaffAsync(this HttpClient management, string institutionId, params string[] roles)
    {
        var staffId = Ids.New("staff");
        (await management.ApiPostAsync("/api/managers", new { id = staffId, institutionId, name = "Zhang Wei", roles })).ShouldBe(HttpStatusCode.Created);
        (await management.ApiPostAsync($"/api/staff/{staffId}/password", new { password = Password })).ShouldBe(HttpStatusCode.NoContent);
        return await SignInAsync(management.BaseAddress!, staffId);
    }
}
