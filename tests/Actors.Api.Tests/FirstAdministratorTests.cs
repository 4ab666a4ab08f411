using System.Net;
using System.Text.RegularExpressions;

namespace Actors.Api.Tests;

/// <summary>
/// A bank that starts without the demo network: one configured administrator, whose first password is shown once,
/// signs in and builds the rest (an institution, a member of staff, their password) through the API.
/// </summary>
public sealed partial class FirstAdministratorTests : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "branchgrid-first-admin-" + Guid.NewGuid().ToString("N"));

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Grid:FirstAdministrator:StaffId"] = "BANK-ADMIN",
        ["Grid:FirstAdministrator:Name"] = "Micro-Finance Department",
        ["Grid:FirstAdministrator:InstitutionId"] = "HQ",
        ["Grid:FirstAdministrator:InstitutionName"] = "Head Office 总行",
    };

    [Fact]
    public async Task The_first_administrator_signs_in_with_the_password_shown_once_and_can_staff_the_bank()
    {
        var firstStart = new StringWriter();
        string password;
        await using (var host = Start(firstStart))
        {
            password = Assert.Single(PasswordLine().Matches(firstStart.ToString()), m => m.Groups[1].Value == "BANK-ADMIN").Groups[2].Value;
            using var admin = await StaffSessions.SignInAsync(host.BaseAddress, "BANK-ADMIN", password);
            var me = (await admin.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json;
            Assert.Equal("HQ", (string?)me["institutionId"]);
            Assert.Equal(["ManagementDepartment"], me["roles"]!.AsArray().Select(r => (string)r!));
            Assert.Equal("Head Office 总行", (string?)(await admin.ApiGetAsync("/api/institutions/HQ")).ShouldBe(HttpStatusCode.OK).Json["name"]);

            (await admin.ApiPostAsync("/api/institutions", new { id = "BR-GZ", name = "Guangzhou Branch", kind = "Branch", parentId = "HQ" }))
                .ShouldBe(HttpStatusCode.Created);
            using var head = await admin.NewStaffAsync("BR-GZ", "InstitutionHead");
            Assert.Equal("BR-GZ", (string?)(await head.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["institutionId"]);
        }

        var restart = new StringWriter();
        await using (var host = Start(restart))
        {
            // A restart (or a second silo) finds the administrator there: no new password, the old one still signs in.
            Assert.DoesNotContain("password", restart.ToString());
            using var admin = await StaffSessions.SignInAsync(host.BaseAddress, "BANK-ADMIN", password);
            (await admin.ApiGetAsync("/api/institutions/BR-GZ")).ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Without_demo_data_or_an_administrator_nobody_can_sign_in_and_nothing_is_printed()
    {
        var console = new StringWriter();
        await using var host = new GridHost(dataDirectory, console: console);
        host.StartServer();
        using var anonymous = StaffSessions.Anonymous(host.BaseAddress);
        (await anonymous.ApiPostAsync("/api/auth/sign-in", new { login = "BANK-ADMIN", password = "any password at all" })).ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal("", console.ToString());
    }

    private GridHost Start(TextWriter console)
    {
        var host = new GridHost(dataDirectory, Settings, console);
        host.StartServer();
        return host;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"login (\S+) password (\S+)")]
    private static partial Regex PasswordLine();
}
