using System.Net;
using System.Text.RegularExpressions;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Hosting.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Tests;

/// <summary>The demo's users: one per role, passwords shown once at the first start and never again.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class DemoUsersTests(ApiServerFixture server)
{
    [Fact]
    public async Task Each_demo_user_signs_in_with_the_password_shown_once_and_every_role_is_there()
    {
        var grains = server.Host.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IInstitutionGrain>(DemoRoster.HeadOffice).Register(new("Head Office", InstitutionKind.HeadOffice, null));
        await grains.GetGrain<IInstitutionGrain>("BR-SZ").Register(new("Shenzhen Branch", InstitutionKind.Branch, DemoRoster.HeadOffice));
        await grains.GetGrain<IInstitutionGrain>("SB-FT").Register(new("Futian Sub-branch", InstitutionKind.SubBranch, "BR-SZ"));
        // What the seeder has made by then: the sub-branch's client managers and the roster.
        await grains.GetGrain<IManagerGrain>("SB-FT-CM1").Register(new("SB-FT", "Wang CM1", [StaffRole.ClientManager]));
        await DemoRoster.EnsureAsync(grains, ["SB-FT"]);

        var first = new StringWriter();
        await DemoUsers.EnsureAsync(grains, "BR-SZ", "SB-FT", first);
        var again = new StringWriter();
        await DemoUsers.EnsureAsync(grains, "BR-SZ", "SB-FT", again);

        var users = UserLine().Matches(first.ToString()).Select(m => (Login: m.Groups[1].Value, Password: m.Groups[2].Value)).ToList();
        Assert.Equal(8, users.Count);
        Assert.Equal("", again.ToString());
        var roles = new HashSet<string>();
        foreach (var (login, password) in users)
        {
            Assert.True(password.Length >= 12, password);
            using var session = await StaffSessions.SignInAsync(server.Host.BaseAddress, login, password);
            var me = (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json;
            roles.UnionWith(me["roles"]!.AsArray().Select(r => (string)r!));
        }
        Assert.Equal(["ClientManager", "Collector", "InstitutionHead", "LobbyManager", "ManagementDepartment", "RiskOfficer", "TeamLead"], roles.Order());
        Assert.Equal(8, users.Select(u => u.Password).Distinct().Count());
    }

    [GeneratedRegex(@"login (\S+)\s+password (\S+)")]
    private static partial Regex UserLine();
}
