using System.Net;

namespace Actors.Api.Tests;

/// <summary>
/// Sessions are server-side facts: a cookie copied before sign-out, a password reset, a role change or disabling the
/// account is refused at its next request (the cluster test does the same on a second silo).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SessionRevocationTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    [Fact]
    public async Task A_copy_of_the_cookie_is_refused_after_sign_out()
    {
        var (staffId, session) = await StaffAsync();
        using var copy = Copy(session);
        (await copy.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);

        (await session.ApiPostAsync("/api/auth/sign-out", new { })).ShouldBe(HttpStatusCode.NoContent);

        (await copy.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
        await RevokedAsync(staffId, "sign-out-everywhere", byWhom: staffId);
        (await StaffSessions.SignInAsync(server.Host.BaseAddress, staffId)).Dispose();
    }

    [Fact]
    public async Task A_password_reset_by_the_management_department_ends_every_open_session()
    {
        var (staffId, session) = await StaffAsync();
        using var other = await StaffSessions.SignInAsync(server.Host.BaseAddress, staffId);

        (await _md.ApiPostAsync($"/api/staff/{staffId}/password", new { password = "a new long passphrase" })).ShouldBe(HttpStatusCode.NoContent);

        (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
        (await other.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
        await RevokedAsync(staffId, "password-reset", byWhom: null);
        (await StaffSessions.SignInAsync(server.Host.BaseAddress, staffId, "a new long passphrase")).Dispose();
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var (staffId, session) = await StaffAsync();
        using var copy = Copy(session);

        (await session.ApiPostAsync("/api/auth/password", new { currentPassword = StaffSessions.Password, newPassword = "my own new passphrase" }))
            .ShouldBe(HttpStatusCode.NoContent);

        (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        (await copy.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
        await RevokedAsync(staffId, "password-changed", byWhom: staffId);
    }

    [Fact]
    public async Task A_role_change_ends_the_session_and_the_next_sign_in_carries_the_new_roles()
    {
        var (staffId, session) = await StaffAsync();
        (await session.ApiPutAsync($"/api/clients/{Ids.New("cli")}/adverse-record", new { badCreditOrLitigation = true })).ShouldBeProblem(HttpStatusCode.Forbidden);

        (await _md.ApiPutAsync($"/api/managers/{staffId}/roles", new { roles = new[] { "riskOfficer" } })).ShouldBe(HttpStatusCode.OK);

        (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
        await RevokedAsync(staffId, "roles-changed", byWhom: null);
        using var again = await StaffSessions.SignInAsync(server.Host.BaseAddress, staffId);
        Assert.Equal(["RiskOfficer"], (await again.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["roles"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public async Task A_disabled_leaver_is_signed_out_everywhere_refused_at_sign_in_and_their_terminals_offered_for_departure()
    {
        var n = await Network.CreateAsync(_md);
        (await _md.ApiPostAsync($"/api/staff/{n.ManagerId}/password", new { password = StaffSessions.Password })).ShouldBe(HttpStatusCode.NoContent);
        using var leaver = await StaffSessions.SignInAsync(server.Host.BaseAddress, n.ManagerId);

        (await leaver.ApiPostAsync($"/api/staff/{n.ManagerId}/disable", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var disabled = (await _md.ApiPostAsync($"/api/staff/{n.ManagerId}/disable", new { })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.True((bool)disabled["disabled"]!);
        Assert.Equal([n.TerminalId], disabled["terminals"]!.AsArray().Select(t => (string)t!));
        Assert.Equal($"/api/staff/{n.ManagerId}/departure-transfers", (string?)disabled["departureTransfers"]);

        (await leaver.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
        using var anonymous = StaffSessions.Anonymous(server.Host.BaseAddress);
        (await anonymous.ApiPostAsync("/api/auth/sign-in", new { login = n.ManagerId, password = StaffSessions.Password })).ShouldBe(HttpStatusCode.Unauthorized);

        var audit = (await _md.ApiGetAsync($"/api/audit?action=staff.disabled&limit=500")).ShouldBe(HttpStatusCode.OK).Json["items"]!.AsArray();
        Assert.Contains(audit, e => (string?)e!["target"] == $"staff/{n.ManagerId}");
        await RevokedAsync(n.ManagerId, "disabled", byWhom: null);

        (await _md.ApiPostAsync($"/api/staff/{n.ManagerId}/enable", new { })).ShouldBe(HttpStatusCode.OK);
        (await StaffSessions.SignInAsync(server.Host.BaseAddress, n.ManagerId)).Dispose();
    }

    /// <summary>The audit holds a session.revoked for <paramref name="staffId"/> saying why, by them or (null) by the management department.</summary>
    private async Task RevokedAsync(string staffId, string reason, string? byWhom)
    {
        var audit = (await _md.ApiGetAsync("/api/audit?action=session.revoked&limit=500")).ShouldBe(HttpStatusCode.OK).Json["items"]!.AsArray();
        // Newest first: the latest such entry (the staff member's first password was set by the management department too).
        var revoked = audit.First(e => (string?)e!["target"] == $"staff/{staffId}" && (string?)e["detail"] == reason)!;
        var md = (string)(await _md.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["staffId"]!;
        Assert.Equal(byWhom ?? md, (string?)revoked["actor"]);
    }

    private async Task<(string StaffId, HttpClient Session)> StaffAsync()
    {
        var branch = Ids.New("br");
        (await _md.ApiPostAsync("/api/institutions", Network.InstitutionBody(branch))).ShouldBe(HttpStatusCode.Created);
        var session = await _md.NewStaffAsync(branch, "clientManager");
        return ((string)(await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["staffId"]!, session);
    }

    /// <summary>Another client holding a copy of the session's cookie, as someone who copied it would.</summary>
    private HttpClient Copy(HttpClient session)
    {
        var copy = StaffSessions.Anonymous(server.Host.BaseAddress);
        foreach (Cookie cookie in session.Cookies().GetAllCookies())
        {
            copy.Cookies().Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }
        return copy;
    }
}
